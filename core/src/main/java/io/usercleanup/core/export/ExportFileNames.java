package io.usercleanup.core.export;

/**
 * File names for identity provider files: {@code <group>.csv}. Characters that no common file
 * system allows in a name ({@code / \ : * ? " < >} and {@code |}) and control characters become
 * {@code _}, so a group such as {@code jira/admins} still downloads and unzips as one file.
 */
public final class ExportFileNames {
    private ExportFileNames() {
    }

    public static String forGroup(String group) {
        StringBuilder name = new StringBuilder(group.length() + 4);
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            name.append("/\\:*?\"<>|".indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        return name.append(".csv").toString();
    }
}
