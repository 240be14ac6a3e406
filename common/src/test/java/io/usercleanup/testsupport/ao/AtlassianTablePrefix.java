package io.usercleanup.testsupport.ao;

import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The table name prefix the host's Active Objects plugin gives a plugin's tables:
 * {@code AO_} followed by the last six hexadecimal digits of the MD5 digest of the module's
 * namespace (the {@code <ao namespace>} attribute, or else the bundle symbolic name), upper-cased,
 * then {@code _}.
 *
 * <p>This is what {@code DefaultActiveObjectsConfigurationFactory.getTableNamePrefix} in Atlassian's
 * activeobjects-plugin does: {@code HexMd5Digester.digest(namespace, 6)} (lower-case
 * {@code md5Hex} of the UTF-8 bytes, rightmost six characters), then
 * {@code new SimplePrefix(toUpperCase("AO" + "_" + hash), "_")}. Jira Software's well-known
 * {@code AO_60DB71_} tables come from its namespace {@code com.pyxis.greenhopper.jira} this way.
 */
public final class AtlassianTablePrefix implements TablePrefix {

    private static final int HASH_LENGTH = 6;

    private final String prefix;

    public AtlassianTablePrefix(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        String hex = md5Hex(namespace);
        this.prefix = ("AO_" + hex.substring(hex.length() - HASH_LENGTH)).toUpperCase(Locale.ENGLISH) + "_";
    }

    @Override
    public String prepend(String tableName) {
        return prefix + tableName;
    }

    /** The prefix itself, separator included, such as {@code AO_60DB71_}. */
    public String value() {
        return prefix;
    }

    @Override
    public String toString() {
        return prefix;
    }

    private static String md5Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    }
}
