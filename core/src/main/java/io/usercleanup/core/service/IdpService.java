package io.usercleanup.core.service;

import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.core.store.CleanupStore;
import io.usercleanup.core.store.DuplicateNameException;
import io.usercleanup.core.store.IdpInUseException;
import io.usercleanup.core.store.IdpStore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Manages identity provider configurations: validated in full before anything is saved. */
public final class IdpService {
    private final IdpStore idps;
    private final CleanupStore cleanups;
    private final UserDirectory directory;

    public IdpService(IdpStore idps, CleanupStore cleanups, UserDirectory directory) {
        this.idps = Objects.requireNonNull(idps, "idps");
        this.cleanups = Objects.requireNonNull(cleanups, "cleanups");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public List<IdpConfig> list() {
        return idps.findAll();
    }

    public IdpConfig get(long id) {
        return idps.find(id).orElseThrow(() -> notFound(id));
    }

    public IdpConfig create(IdpDraft draft) {
        return save(() -> idps.create(validate(null, draft)));
    }

    public IdpConfig update(long id, IdpDraft draft) {
        get(id);
        return save(() -> idps.update(validate(id, draft))).orElseThrow(() -> notFound(id));
    }

    /** Runs a store save, turning a name taken since validation into the error validation gives for it. */
    private static <T> T save(Supplier<T> save) {
        try {
            return save.get();
        } catch (DuplicateNameException e) {
            throw ValidationException.of("name", "Another identity provider is already called that (names are"
                    + " compared ignoring case).");
        }
    }

    /** Deletes the configuration; a conflict while a cleanup exports for it. */
    public void delete(long id) {
        IdpConfig idp = get(id);
        List<CleanupDefinition> users = cleanups.findByIdp(id);
        if (!users.isEmpty()) {
            throw new ConflictException("The identity provider '" + idp.name() + "' is used by "
                    + users.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "))
                    + "; change those cleanups first.");
        }
        boolean deleted;
        try {
            deleted = idps.delete(id);
        } catch (IdpInUseException e) {
            throw new ConflictException("The identity provider '" + idp.name() + "' is used by a cleanup saved"
                    + " just now; change that cleanup first.");
        }
        if (!deleted) {
            throw notFound(id);
        }
    }

    private IdpConfig validate(Long id, IdpDraft draft) {
        Validation v = new Validation();
        String name = v.name("name", draft.name());
        if (name != null && !name.isBlank()) {
            idps.findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other ->
                    v.error("name", "Another identity provider is already called '" + other.name() + "'."));
        }
        IdpType type = Enums.parse(v, "type", draft.type(), IdpType.class, null);
        IdentifierSource identifier = Enums.parse(v, "identifier", draft.identifier(), IdentifierSource.class,
                IdentifierSource.EMAIL);
        CsvTemplate template = Enums.parse(v, "csvTemplate", draft.csvTemplate(), CsvTemplate.class,
                CsvTemplate.CURRENT);
        Set<Long> directoryIds = directoryIds(v, draft.directoryIds());
        List<String> groups = GroupChecks.existing(v, directory, "groups", draft.groups());
        v.throwIfAny();
        return new IdpConfig(id, name, type, draft.provisioningEnabled() == null || draft.provisioningEnabled(),
                directoryIds, groups, identifier, template);
    }

    private Set<Long> directoryIds(Validation v, List<Long> submitted) {
        Set<Long> ids = new LinkedHashSet<>();
        if (submitted == null) {
            return ids;
        }
        Set<Long> known = directory.directories().stream().map(DirectoryInfo::id).collect(Collectors.toSet());
        List<Long> unknown = new ArrayList<>();
        for (Long directoryId : submitted) {
            if (directoryId == null || !known.contains(directoryId)) {
                unknown.add(directoryId);
            } else {
                ids.add(directoryId);
            }
        }
        if (!unknown.isEmpty()) {
            v.error("directoryIds", "There is no user directory with the id " + unknown.stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + ".");
        }
        return ids;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no identity provider " + id);
    }
}
