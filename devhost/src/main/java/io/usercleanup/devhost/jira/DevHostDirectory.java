package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;

import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A user directory as a row of {@code cwd_directory} with its allowed operations. */
final class DevHostDirectory implements Directory {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final DirectoryType type;
    private final boolean active;
    private final String implementationClass;
    private final String description;
    private final long createdMillis;
    private final long updatedMillis;
    private final EnumSet<OperationType> allowedOperations;

    DevHostDirectory(long id, String name, DirectoryType type, boolean active, String implementationClass,
                     String description, Date created, Date updated, Set<OperationType> allowedOperations) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.active = active;
        this.implementationClass = implementationClass;
        this.description = description;
        this.createdMillis = created.getTime();
        this.updatedMillis = updated.getTime();
        this.allowedOperations = allowedOperations.isEmpty()
                ? EnumSet.noneOf(OperationType.class)
                : EnumSet.copyOf(allowedOperations);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    /** Only the internal directory stores passwords, encrypted as Jira does by default. */
    @Override
    public String getEncryptionType() {
        return type == DirectoryType.INTERNAL ? "atlassian-security" : null;
    }

    @Override
    public Map<String, String> getAttributes() {
        return Map.of();
    }

    @Override
    public Set<OperationType> getAllowedOperations() {
        return Collections.unmodifiableSet(allowedOperations);
    }

    boolean allows(OperationType operation) {
        return allowedOperations.contains(operation);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public DirectoryType getType() {
        return type;
    }

    @Override
    public String getImplementationClass() {
        return implementationClass;
    }

    @Override
    public Date getCreatedDate() {
        return new Date(createdMillis);
    }

    @Override
    public Date getUpdatedDate() {
        return new Date(updatedMillis);
    }

    /** The dev host keeps no directory attributes (connection settings mean nothing here). */
    @Override
    public Set<String> getValues(String key) {
        return null;
    }

    @Override
    public String getValue(String key) {
        return null;
    }

    @Override
    public Set<String> getKeys() {
        return Set.of();
    }

    @Override
    public boolean isEmpty() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DevHostDirectory && ((DevHostDirectory) o).id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Directory[" + id + ", " + name + ", " + type + "]";
    }
}
