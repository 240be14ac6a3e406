package io.usercleanup.bundle.conformance;

/**
 * One reference from a plugin class to a host type or member, as the class file has it.
 *
 * @param owner      the JVM internal name of the host type
 * @param member     the member's name, or {@code "-"} for a reference to the type itself
 * @param descriptor the member's JVM descriptor, or the type's descriptor
 * @param link       how the class file links it
 * @param from       the plugin class (internal name) whose class file holds the reference
 * @param detail     where in that class, for the report (a method, a field, "class")
 */
public record HostReference(String owner, String member, String descriptor, LinkKind link, String from, String detail) {

    public static final String TYPE = "-";

    public boolean isType() {
        return TYPE.equals(member);
    }

    /** The key of the fact that must describe this reference. */
    public String key() {
        return owner + " " + member + " " + descriptor;
    }

    @Override
    public String toString() {
        String what = isType() ? owner : owner + "." + member + descriptor;
        return what + " [" + (link.isMemberLink() ? link.factKind() : link.name().toLowerCase().replace('_', ' '))
                + "] in " + from + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
