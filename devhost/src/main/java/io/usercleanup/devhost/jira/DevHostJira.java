package io.usercleanup.devhost.jira;

import io.usercleanup.devhost.DevHostProduct;
import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.bc.security.login.LoginService;
import com.atlassian.jira.bc.user.UserService;
import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.util.UserManager;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The dev host's Jira: Jira's and Crowd's user services over Crowd tables in the dev host's
 * database, loaded from a directory fixture. The plugin's real Jira adapter runs on these
 * services unchanged.
 * <p>
 * The tables are created when missing; nothing is in them until {@link #load} or
 * {@link #loadDemo} runs. Every load goes through {@link FixtureReader}'s checks and replaces the
 * whole directory in one transaction, then adds the dev host's own accounts ({@link DevHostUsers}).
 * All services are thread-safe and read the tables on every call, so they see the plugin's
 * changes (removals, deactivations) at once.
 */
public final class DevHostJira {
    private final Clock clock;
    private final FixtureWriter writer;
    private final DevHostCrowdDirectoryService directoryService;
    private final DevHostCrowdService crowdService;
    private final DevHostGroupManager groupManager;
    private final DevHostUserManager userManager;
    private final DevHostUserService userService;
    private final DevHostAuthenticationContext authentication;
    private final DevHostLoginService loginService;
    private final DevHostApplicationRoleManager roleManager;
    private final DevHostUsers users;
    private final DevHostDatabaseAccessor databaseAccessor;
    private final GroupTable groups;
    private final DevHostProduct product;
    private final DevHostConfluence confluence;

    /**
     * @param dataSource the dev host's database (H2, PostgreSQL or MariaDB), preferably one that
     *                   reuses connections such as {@link UrlDataSource}; for an in-memory H2
     *                   database keep it alive between connections ({@code DB_CLOSE_DELAY=-1})
     * @param clock      the host's clock: "now" for the demo directory, the dev host's accounts,
     *                   recorded logins and update times
     */
    public DevHostJira(DataSource dataSource, Clock clock) {
        this(dataSource, clock, DevHostProduct.JIRA);
    }

    /**
     * The directory for the product: its accounts' groups are the product's, and on Confluence
     * licences are Confluence's "Can use" ({@link #confluence()} offers Confluence's services).
     */
    public DevHostJira(DataSource dataSource, Clock clock, DevHostProduct product) {
        this.product = Objects.requireNonNull(product, "product");
        this.clock = Objects.requireNonNull(clock, "clock");
        Jdbc jdbc = new Jdbc(Objects.requireNonNull(dataSource, "dataSource"));
        CrowdSchema.create(jdbc);
        DirectoryTable directories = new DirectoryTable(jdbc);
        UserTable userTable = new UserTable(jdbc);
        GroupTable groups = new GroupTable(jdbc);
        LoginTable logins = new LoginTable(jdbc);
        this.writer = new FixtureWriter(jdbc);
        this.directoryService = new DevHostCrowdDirectoryService(directories);
        this.crowdService = new DevHostCrowdService(userTable, groups, directories);
        this.groupManager = new DevHostGroupManager(groups, userTable);
        this.userManager = new DevHostUserManager(userTable, directories);
        this.authentication = new DevHostAuthenticationContext();
        ApplicationRoleTable applications = new ApplicationRoleTable(jdbc);
        this.users = new DevHostUsers(userTable, groups, logins, applications, clock, product);
        this.userService = new DevHostUserService(userTable, userManager, new ProjectTable(jdbc), clock,
                authentication, users);
        this.loginService = new DevHostLoginService(userTable, logins);
        this.roleManager = new DevHostApplicationRoleManager(applications, groups, userTable);
        this.databaseAccessor = new DevHostDatabaseAccessor(dataSource);
        this.groups = groups;
        this.confluence = new DevHostConfluence(userTable, groups, directories, logins, applications, users, clock,
                dataSource);
    }

    /**
     * What SAL's {@code UserManager.findGroupNamesByPrefix} answers on Jira, where it is one search
     * of the embedded Crowd: group names starting with the prefix (ignoring case, every group for a
     * blank one), sorted ignoring case, {@code maxResults} of them from {@code startIndex} on.
     */
    public List<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults) {
        if (startIndex < 0 || maxResults < 0) {
            throw new IllegalArgumentException("startIndex and maxResults must not be negative");
        }
        return groups.namesByPrefix(prefix == null || prefix.isBlank() ? "" : prefix, startIndex, maxResults);
    }

    /** Loads the fixture file; a {@link FixtureException} names the file, the JSON path and the reason. */
    public void load(Path fixtureFile) {
        replaceWith(FixtureReader.read(fixtureFile));
    }

    /** Loads a fixture built in code, checked exactly as a file would be. */
    public void load(DirectoryFixture fixture) {
        replaceWith(FixtureReader.read("directory fixture", FixtureJson.write(fixture)));
    }

    /** Loads the built-in demo directory, generated for the host clock's current instant. */
    public void loadDemo() {
        Instant now = clock.instant();
        DirectoryFixture demo = FixtureReader.read(DemoDirectory.SOURCE, DemoDirectory.json(now));
        replaceWith(product == DevHostProduct.CONFLUENCE ? asConfluence(demo) : demo);
    }

    /**
     * The demo directory as a Confluence has it: the groups of all its Jira applications hold
     * "Can use", so they are the one {@code confluence} application's; Confluence has no projects.
     */
    static DirectoryFixture asConfluence(DirectoryFixture jira) {
        java.util.Map<String, String> groups = new java.util.LinkedHashMap<>();
        jira.applications().forEach(application -> application.groups()
                .forEach(group -> groups.putIfAbsent(io.usercleanup.core.model.Names.key(group), group)));
        DirectoryFixture.ApplicationEntry confluence = new DirectoryFixture.ApplicationEntry(CanUseGrants.APPLICATION_KEY,
                "Confluence", List.copyOf(groups.values()));
        return new DirectoryFixture(jira.directories(), jira.groups(), List.of(confluence), jira.users(), List.of());
    }

    private void replaceWith(DirectoryFixture checked) {
        Instant now = clock.instant();
        writer.replaceWith(DevHostAccounts.addTo(checked, now, product), now);
    }

    public CrowdDirectoryService crowdDirectoryService() {
        return directoryService;
    }

    public CrowdService crowdService() {
        return crowdService;
    }

    public GroupManager groupManager() {
        return groupManager;
    }

    public UserManager userManager() {
        return userManager;
    }

    public UserService userService() {
        return userService;
    }

    public LoginService loginService() {
        return loginService;
    }

    /** Jira's logged-in user of each thread; nobody, until a thread is told otherwise. */
    public JiraAuthenticationContext authenticationContext() {
        return authentication;
    }

    public ApplicationRoleManager applicationRoleManager() {
        return roleManager;
    }

    /** Jira's access to its own database, over the same tables. */
    public DatabaseAccessor databaseAccessor() {
        return databaseAccessor;
    }

    /** Confluence's services over the same directory. */
    public DevHostConfluence confluence() {
        return confluence;
    }

    /** The product whose accounts and licences this directory has. */
    public DevHostProduct product() {
        return product;
    }

    /** The two accounts that can log in, and who is a system administrator. */
    public DevHostUsers users() {
        return users;
    }
}
