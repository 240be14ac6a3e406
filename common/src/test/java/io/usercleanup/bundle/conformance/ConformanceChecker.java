package io.usercleanup.bundle.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Holds the bundle's host references against the facts: every referenced type and member needs a
 * fact, no fact in use may be a MISMATCH, and the way the bundle links a member must be one the
 * fact names and must suit the kind of its owner (no {@code invokeinterface} on a class, no
 * {@code invokevirtual} on an interface, no enum constant of a non-enum, no plugin class
 * implementing a class or extending an interface).
 *
 * <p>UNVERIFIED facts pass, but every one in use is listed in {@link Result#unverifiedInUse()}, so
 * that a report shows what the bundle relies on without proof.
 */
public final class ConformanceChecker {
    private static final Set<LinkKind> NEEDS_INTERFACE = EnumSet.of(LinkKind.INVOKEINTERFACE,
            LinkKind.HANDLE_INTERFACE, LinkKind.INVOKESTATIC_INTERFACE, LinkKind.IMPLEMENTED, LinkKind.IMPLEMENTS,
            LinkKind.SAM_TYPE);
    private static final Set<LinkKind> NEEDS_CLASS = EnumSet.of(LinkKind.INVOKEVIRTUAL, LinkKind.HANDLE_VIRTUAL,
            LinkKind.INVOKESTATIC, LinkKind.INVOKESPECIAL, LinkKind.CONSTRUCTOR, LinkKind.HANDLE_CONSTRUCTOR,
            LinkKind.OVERRIDDEN, LinkKind.SUPERCLASS, LinkKind.NEW);
    private static final Set<LinkKind> NEEDS_INSTANTIABLE = EnumSet.of(LinkKind.NEW, LinkKind.CONSTRUCTOR,
            LinkKind.HANDLE_CONSTRUCTOR);
    private static final Set<LinkKind> NEEDS_EXTENSIBLE = EnumSet.of(LinkKind.SUPERCLASS, LinkKind.OVERRIDDEN);

    private ConformanceChecker() {
    }

    /** The outcome: what fails the check, and what passes without proof. */
    public record Result(List<String> offenders, Map<ApiFact, Set<String>> unverifiedInUse, List<ApiFact> unused) {
        public String report() {
            StringBuilder text = new StringBuilder();
            text.append(offenders.size()).append(" offending reference(s)\n");
            offenders.forEach(o -> text.append("  ").append(o).append('\n'));
            text.append(unverifiedInUse.size()).append(" UNVERIFIED fact(s) the bundle relies on\n");
            unverifiedInUse.forEach((fact, uses) -> text.append("  ").append(fact).append(", used in ")
                    .append(String.join(", ", uses)).append('\n'));
            text.append(unused.size()).append(" fact(s) this build does not reference\n");
            unused.forEach(f -> text.append("  ").append(f).append('\n'));
            return text.toString();
        }
    }

    public static Result check(Map<String, ApiFact> facts, Collection<HostReference> references) {
        Map<String, ApiFact> typeFacts = new LinkedHashMap<>();
        for (ApiFact fact : facts.values()) {
            if (fact.isType()) {
                typeFacts.put(fact.owner(), fact);
            }
        }
        Set<String> offenders = new LinkedHashSet<>();
        Map<ApiFact, Set<String>> unverified = new TreeMap<>((a, b) -> Integer.compare(a.line(), b.line()));
        Set<ApiFact> used = new LinkedHashSet<>();

        for (HostReference reference : references) {
            ApiFact ownerFact = typeFacts.get(reference.owner());
            if (ownerFact == null) {
                offenders.add("no fact for the type " + reference.owner() + ": " + reference);
            } else {
                used.add(ownerFact);
                judge(ownerFact, reference, offenders, unverified);
                String contradiction = contradiction(reference.link(), ownerFact.typeKind());
                if (contradiction != null) {
                    offenders.add(contradiction + " (type fact line " + ownerFact.line() + "): " + reference);
                }
            }
            if (reference.isType()) {
                continue;
            }
            ApiFact fact = facts.get(reference.key());
            if (fact == null) {
                offenders.add("no fact for the member: " + reference);
                continue;
            }
            used.add(fact);
            judge(fact, reference, offenders, unverified);
            if (!fact.kinds().contains(reference.link().factKind())
                    && !(reference.link() == LinkKind.GETSTATIC && fact.kinds().contains("enum constant"))) {
                offenders.add("linked as '" + reference.link().factKind() + "', but fact line " + fact.line()
                        + " allows only " + fact.kinds() + ": " + reference);
            }
            if (ownerFact != null) {
                for (String kind : fact.kinds()) {
                    String wrong = memberKindContradiction(kind, ownerFact.typeKind());
                    if (wrong != null) {
                        offenders.add(wrong + " (fact line " + fact.line() + ", type fact line " + ownerFact.line()
                                + "): " + reference);
                    }
                }
                boolean readsOwnType = reference.link() == LinkKind.GETSTATIC
                        && reference.descriptor().equals("L" + reference.owner() + ";");
                if (readsOwnType && fact.kinds().contains("enum constant") && !"enum".equals(ownerFact.typeKind())) {
                    offenders.add("an enum constant read from " + reference.owner() + ", which the facts call a "
                            + ownerFact.typeKind() + ": " + reference);
                }
            }
        }
        List<ApiFact> unused = new ArrayList<>();
        for (ApiFact fact : facts.values()) {
            if (!used.contains(fact)) {
                unused.add(fact);
            }
        }
        return new Result(new ArrayList<>(offenders), unverified, unused);
    }

    private static void judge(ApiFact fact, HostReference reference, Set<String> offenders,
                              Map<ApiFact, Set<String>> unverified) {
        if ("MISMATCH".equals(fact.status())) {
            offenders.add("fact line " + fact.line() + " is a MISMATCH (" + fact.note() + "): " + reference);
        } else if ("UNVERIFIED".equals(fact.status())) {
            unverified.computeIfAbsent(fact, f -> new LinkedHashSet<>()).add(reference.from());
        }
    }

    /** Why a link cannot work on an owner of this kind, or null when it can. */
    static String contradiction(LinkKind link, String ownerKind) {
        boolean isInterface = ownerKind.equals("interface") || ownerKind.equals("annotation");
        if (NEEDS_INTERFACE.contains(link) && !isInterface) {
            return describe(link) + " needs an interface, the facts call the owner a " + ownerKind;
        }
        if (NEEDS_CLASS.contains(link) && isInterface) {
            return describe(link) + " needs a class, the facts call the owner an " + ownerKind;
        }
        if (NEEDS_INSTANTIABLE.contains(link) && (ownerKind.equals("abstract class") || ownerKind.equals("enum"))) {
            return describe(link) + " cannot create an instance of an " + ownerKind;
        }
        if (NEEDS_EXTENSIBLE.contains(link) && (ownerKind.equals("final class") || ownerKind.equals("enum"))) {
            return describe(link) + " cannot extend a " + ownerKind;
        }
        if (link == LinkKind.ANNOTATION && !ownerKind.equals("annotation")) {
            return "used as an annotation, but the facts call the owner a " + ownerKind;
        }
        return null;
    }

    /** Why a fact's member kind cannot belong to an owner of this kind, or null. */
    static String memberKindContradiction(String memberKind, String ownerKind) {
        if (memberKind.equals("enum constant") && !ownerKind.equals("enum")) {
            return "an enum constant of a " + ownerKind;
        }
        for (LinkKind link : LinkKind.values()) {
            if (memberKind.equals(link.factKind())) {
                String why = contradiction(link, ownerKind);
                if (why != null) {
                    return "the fact's kind '" + memberKind + "': " + why;
                }
            }
        }
        return null;
    }

    private static String describe(LinkKind link) {
        return link.isMemberLink() ? "'" + link.factKind() + "'" : link.name().toLowerCase().replace('_', ' ');
    }
}
