package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class DirectoryInfoMapperTest {
    private final JiraFixture jira = new JiraFixture();

    @Test
    void isReadOnly_whenDirectoryDoesNotAllowUpdateGroup() {
        // given
        Directory ldap = jira.directory(JiraFixture.LDAP, "Corporate LDAP", DirectoryType.CONNECTOR,
                OperationType.UPDATE_USER, OperationType.UPDATE_USER_ATTRIBUTE);

        // when
        boolean readOnly = DirectoryInfoMapper.isReadOnly(ldap);

        // then
        assertThat(readOnly).isTrue();
    }

    @Test
    void isNotReadOnly_forLdapReadOnlyWithLocalGroups() {
        // given: memberships may change, users may not
        Directory ldap = jira.directory(JiraFixture.LDAP, "Corporate LDAP", DirectoryType.CONNECTOR,
                OperationType.CREATE_GROUP, OperationType.UPDATE_GROUP, OperationType.DELETE_GROUP);

        // when
        boolean readOnly = DirectoryInfoMapper.isReadOnly(ldap);

        // then
        assertThat(readOnly).isFalse();
    }

    @Test
    void isReadOnly_forEntraIdDirectoryWhateverItsPermissions() {
        // given
        Directory entra = jira.directory(JiraFixture.ENTRA, "Microsoft Entra ID", DirectoryType.AZURE_AD,
                OperationType.values());

        // when
        boolean readOnly = DirectoryInfoMapper.isReadOnly(entra);

        // then
        assertThat(readOnly).isTrue();
    }

    @Test
    void isReadOnly_whenAllowedOperationsAreUnknown() {
        // given
        Directory custom = jira.directory(7L, "Custom", DirectoryType.CUSTOM);
        when(custom.getAllowedOperations()).thenReturn(null);

        // when
        boolean readOnly = DirectoryInfoMapper.isReadOnly(custom);

        // then
        assertThat(readOnly).isTrue();
    }

    @Test
    void isNotReadOnly_forInternalDirectory() {
        // given
        Directory internal = jira.internalDirectory();

        // when
        boolean readOnly = DirectoryInfoMapper.isReadOnly(internal);

        // then
        assertThat(readOnly).isFalse();
    }

    @ParameterizedTest
    @EnumSource(DirectoryType.class)
    void kindOf_mapsEveryCrowdTypeToTheKindOfTheSameName(DirectoryType type) {
        // when
        DirectoryKind kind = DirectoryInfoMapper.kindOf(type);

        // then
        assertThat(kind.name()).isEqualTo(type.name());
    }

    @Test
    void kindOf_isUnknownWithoutType() {
        // when
        DirectoryKind kind = DirectoryInfoMapper.kindOf(null);

        // then
        assertThat(kind).isEqualTo(DirectoryKind.UNKNOWN);
    }

    @Test
    void toInfo_copiesIdNameKindAndReadOnly() {
        // given
        Directory entra = jira.directory(JiraFixture.ENTRA, "Microsoft Entra ID", DirectoryType.AZURE_AD);

        // when
        DirectoryInfo info = DirectoryInfoMapper.toInfo(entra);

        // then
        assertThat(info).isEqualTo(new DirectoryInfo(JiraFixture.ENTRA, "Microsoft Entra ID",
                DirectoryKind.AZURE_AD, true));
    }
}
