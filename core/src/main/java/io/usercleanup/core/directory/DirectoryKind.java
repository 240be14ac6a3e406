package io.usercleanup.core.directory;

/** The kind of a user directory, as Crowd names them. */
public enum DirectoryKind { INTERNAL, CONNECTOR, CROWD, DELEGATING, CUSTOM, AZURE_AD, UNKNOWN }
