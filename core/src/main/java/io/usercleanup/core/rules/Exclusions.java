package io.usercleanup.core.rules;

import io.usercleanup.core.model.Names;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The users a cleanup never touches: the excluded usernames and the direct or nested members of
 * the excluded groups, all compared case-insensitively.
 */
public final class Exclusions {
    private final Set<String> userKeys;

    /**
     * @param excludedUsernames  usernames as the administrator typed them
     * @param excludedMemberKeys lower-cased usernames of the excluded groups' members
     */
    public Exclusions(Collection<String> excludedUsernames, Collection<String> excludedMemberKeys) {
        Set<String> keys = new HashSet<>(Names.keys(excludedUsernames));
        for (String memberKey : excludedMemberKeys) {
            keys.add(Names.key(memberKey));
        }
        this.userKeys = Set.copyOf(keys);
    }

    public boolean excludes(String username) {
        return userKeys.contains(Names.key(username));
    }
}
