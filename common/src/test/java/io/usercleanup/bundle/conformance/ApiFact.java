package io.usercleanup.bundle.conformance;

import java.util.List;

/**
 * One line of {@code docs/atlassian-api-facts.md}: what is known about one host type or member.
 *
 * @param owner      JVM internal name of the type
 * @param member     member name, or {@code "-"} for the type itself
 * @param descriptor JVM descriptor (the type's own descriptor for a type line)
 * @param kinds      for a type its kind (one of {@link #TYPE_KINDS}); for a member every way the
 *                   bundle may link it (each one of {@link #MEMBER_KINDS})
 * @param status     CONFIRMED, MISMATCH or UNVERIFIED
 * @param versions   the product or library versions the fact was seen in
 * @param source     where it was seen: URLs or {@code github:owner/repo@commit:path[:line]}, {@code ;}-separated
 * @param note       free text
 * @param line       the line number in the file, for messages
 */
public record ApiFact(String owner, String member, String descriptor, List<String> kinds, String status,
                      String versions, String source, String note, int line) {

    public static final List<String> STATUSES = List.of("CONFIRMED", "MISMATCH", "UNVERIFIED");
    public static final List<String> TYPE_KINDS = List.of("class", "final class", "abstract class", "interface",
            "enum", "annotation");
    public static final List<String> MEMBER_KINDS = List.of("interface call", "virtual call", "static call",
            "interface static call", "special call", "constructor", "static field", "enum constant", "instance field",
            "interface method handle", "virtual method handle", "static method handle", "constructor handle",
            "special method handle", "field handle", "implemented", "overridden");

    public boolean isType() {
        return HostReference.TYPE.equals(member);
    }

    public String key() {
        return owner + " " + member + " " + descriptor;
    }

    /** The kind of a type line. */
    public String typeKind() {
        return kinds.get(0);
    }

    public boolean isConfirmed() {
        return "CONFIRMED".equals(status);
    }

    @Override
    public String toString() {
        return (isType() ? owner : owner + "." + member + descriptor) + " (" + String.join(", ", kinds) + "; "
                + status + "; line " + line + ")";
    }
}
