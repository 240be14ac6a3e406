package io.usercleanup.bundle.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code docs/atlassian-api-facts.md}: the lines of its {@code facts} fenced blocks (one
 * fact each, fields separated by {@code " | "}) and of its {@code host-packages} blocks, and
 * reports every line that does not follow the format the page describes.
 */
public final class ApiFactsFile {
    /** The page at the repository root, seen from this module's folder, where the tests run. */
    public static final Path DEFAULT = Path.of("../docs/atlassian-api-facts.md");

    private static final Pattern SOURCE = Pattern.compile(
            "https?://\\S+|github:[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(@[0-9a-f]{7,40})?(:\\S+)?");

    private final Map<String, ApiFact> facts = new LinkedHashMap<>();
    private final List<HostPackage> packages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ApiFactsFile() {
    }

    public static ApiFactsFile read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static ApiFactsFile parse(String text) {
        ApiFactsFile file = new ApiFactsFile();
        String block = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (block == null) {
                if (line.startsWith("```")) {
                    block = line.substring(3).strip();
                }
            } else if (line.startsWith("```")) {
                block = null;
            } else if (!line.isEmpty() && block.equals("facts")) {
                file.fact(line, number);
            } else if (!line.isEmpty() && block.equals("host-packages")) {
                file.hostPackage(line, number);
            }
        }
        if (block != null) {
            file.problems.add("a fenced block is not closed");
        }
        return file;
    }

    public Map<String, ApiFact> facts() {
        return facts;
    }

    public List<HostPackage> hostPackages() {
        return packages;
    }

    /** Lines that do not follow the format; empty for a well-formed file. */
    public List<String> problems() {
        return problems;
    }

    private void fact(String line, int number) {
        String[] f = fields(line, 8);
        if (f == null) {
            problems.add("line " + number + ": a fact has 8 fields separated by ' | ': " + line);
            return;
        }
        List<String> kinds = Arrays.stream(f[3].split(",")).map(String::strip).toList();
        ApiFact fact = new ApiFact(f[0], f[1], f[2], kinds, f[4], f[5], f[6], f[7], number);
        String where = "line " + number + " (" + f[0] + " " + f[1] + "): ";
        if (!f[0].matches("[A-Za-z0-9_$]+(/[A-Za-z0-9_$]+)+")) {
            problems.add(where + "the owner is a JVM internal name such as com/atlassian/x/Type");
        }
        if (fact.isType()) {
            if (!f[2].equals("L" + f[0] + ";")) {
                problems.add(where + "a type line's descriptor is L<owner>;");
            }
            if (kinds.size() != 1 || !ApiFact.TYPE_KINDS.contains(kinds.get(0))) {
                problems.add(where + "a type's kind is one of " + ApiFact.TYPE_KINDS);
            }
        } else {
            if (!validDescriptor(f[2])) {
                problems.add(where + "not a JVM descriptor: " + f[2]);
            }
            for (String kind : kinds) {
                if (!ApiFact.MEMBER_KINDS.contains(kind)) {
                    problems.add(where + "a member's kinds are among " + ApiFact.MEMBER_KINDS + ", not '" + kind + "'");
                }
            }
        }
        if (!ApiFact.STATUSES.contains(f[4])) {
            problems.add(where + "the status is one of " + ApiFact.STATUSES);
        }
        if (fact.isConfirmed() || "MISMATCH".equals(f[4])) {
            if (f[5].equals("-") || f[5].isEmpty()) {
                problems.add(where + "a " + f[4] + " fact names the versions it was seen in");
            }
            if (!validSources(f[6])) {
                problems.add(where + "sources are URLs or github:owner/repo@commit:path, separated by ' ; ': " + f[6]);
            }
        } else if (!f[6].equals("-") && !validSources(f[6])) {
            problems.add(where + "sources are URLs or github:owner/repo@commit:path, or '-': " + f[6]);
        }
        if (facts.putIfAbsent(fact.key(), fact) != null) {
            problems.add(where + "a second line for the same owner, member and descriptor");
        }
    }

    private void hostPackage(String line, int number) {
        String[] f = fields(line, 6);
        if (f == null) {
            problems.add("line " + number + ": a host package line has 6 fields separated by ' | ': " + line);
            return;
        }
        String where = "line " + number + " (" + f[0] + "): ";
        if (!f[0].matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*")) {
            problems.add(where + "not a package name");
        }
        if (!f[1].matches("\\d+(\\.\\d+){0,2}")) {
            problems.add(where + "the export version is major[.minor[.micro]]");
        }
        if (!HostPackage.STATUSES.contains(f[2])) {
            problems.add(where + "the status is one of " + HostPackage.STATUSES);
        }
        if (!f[4].equals("-") && !validSources(f[4])) {
            problems.add(where + "sources are URLs or github:owner/repo@commit:path, or '-'");
        }
        packages.add(new HostPackage(f[0], f[1], f[2], f[3], f[4], f[5], number));
    }

    private static String[] fields(String line, int count) {
        String[] f = line.split(" \\|(?: |$)", -1);
        if (f.length != count) {
            return null;
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        return f;
    }

    private static boolean validSources(String sources) {
        return Arrays.stream(sources.split(" ; ")).map(String::strip).allMatch(s -> SOURCE.matcher(s).matches());
    }

    private static final String FIELD_TYPE = "\\[*(?:[ZBCSIJFD]|L[A-Za-z0-9_$/]+;)";
    private static final Pattern DESCRIPTOR = Pattern.compile(
            FIELD_TYPE + "|\\((?:" + FIELD_TYPE + ")*\\)(?:" + FIELD_TYPE + "|V)");

    private static boolean validDescriptor(String descriptor) {
        return DESCRIPTOR.matcher(descriptor).matches();
    }
}
