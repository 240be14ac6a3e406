package io.usercleanup.bundle.conformance;

/**
 * How a class file refers to a type or member of the host. Member kinds carry the name the facts
 * file uses for them ({@link #factKind()}), so that a fact says exactly which kinds of link it
 * was checked for; type kinds only say where the type was seen.
 */
public enum LinkKind {
    // Members: calls, field accesses and method handles.
    INVOKEINTERFACE("interface call"),
    INVOKEVIRTUAL("virtual call"),
    INVOKESTATIC("static call"),
    INVOKESTATIC_INTERFACE("interface static call"),
    INVOKESPECIAL("special call"),
    CONSTRUCTOR("constructor"),
    GETSTATIC("static field"),
    PUTSTATIC("static field"),
    GETFIELD("instance field"),
    PUTFIELD("instance field"),
    HANDLE_INTERFACE("interface method handle"),
    HANDLE_VIRTUAL("virtual method handle"),
    HANDLE_STATIC("static method handle"),
    HANDLE_CONSTRUCTOR("constructor handle"),
    HANDLE_SPECIAL("special method handle"),
    HANDLE_FIELD("field handle"),
    /** A plugin method the host calls through an interface: an implementing class or a lambda's SAM. */
    IMPLEMENTED("implemented"),
    /** A plugin method overriding a method of a host superclass. */
    OVERRIDDEN("overridden"),

    // Types.
    NEW(null),
    NEW_ARRAY(null),
    CHECKCAST(null),
    INSTANCEOF(null),
    LDC(null),
    SUPERCLASS(null),
    IMPLEMENTS(null),
    DESCRIPTOR(null),
    THROWS(null),
    CATCH(null),
    ANNOTATION(null),
    ANNOTATION_VALUE(null),
    SAM_TYPE(null);

    private final String factKind;

    LinkKind(String factKind) {
        this.factKind = factKind;
    }

    /** The kind a member fact names for this link, or null for a type link. */
    public String factKind() {
        return factKind;
    }

    public boolean isMemberLink() {
        return factKind != null;
    }
}
