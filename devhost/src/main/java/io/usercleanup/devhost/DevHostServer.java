package io.usercleanup.devhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.bc.security.login.LoginService;
import com.atlassian.jira.bc.user.UserService;
import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.scheduler.SchedulerService;
import io.usercleanup.core.service.LeaseTimings;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.security.login.LoginManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.usercleanup.devhost.jira.DevHostConfluence;
import io.usercleanup.devhost.jira.DevHostJira;
import io.usercleanup.devhost.jira.DevHostUsers;
import io.usercleanup.devhost.jira.UrlDataSource;
import io.usercleanup.devhost.web.DevHostWeb;
import io.usercleanup.store.ao.StoreEntities;
import io.usercleanup.testsupport.ao.AoDatabase;
import io.usercleanup.testsupport.ao.JdbcUrls;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The dev host: what {@code atlas-run} gives a plugin, in one process. A Jira made from a
 * directory fixture (Crowd tables in the dev host's database), Active Objects tables in the same
 * database, Atlassian Scheduler, SAL, and the plugin itself, loaded from its own Spring context
 * and served under {@code /jira} by Jetty, with its REST resources on Jersey.
 * <p>
 * With {@link DevHostProduct#CONFLUENCE} the same host stands in for Confluence 9: the Confluence
 * plugin's descriptor and context, Confluence's services ({@code UserAccessor}, {@code LoginManager},
 * the permission managers, its cluster manager) over the same directory, under {@code /confluence}.
 */
public final class DevHostServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevHostServer.class);
    /** The REST module's path, as {@code <rest path="/user-cleanup" version="1.0">} gives it in Jira. */
    static final String REST_PATH = "/rest/user-cleanup/1.0";
    /** The products' REST path of personal access tokens. */
    static final String PAT_PATH = "/rest/pat/latest/tokens";

    private final DevHostSettings settings;
    private final DevHostModules modules;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Clock clock;
    private final DirectoryGate gate = new DirectoryGate();
    private final HostApiFaults apiFaults = new HostApiFaults();
    private final PersonalAccessTokens tokens;
    private AoDatabase database;
    private DevHostJira jira;
    private DevHostScheduler scheduler;
    private PluginContainer plugin;
    private WebContainer container;
    private final WebContainer.Factory containers = WebContainer.factory();

    /**
     * Jersey reports resources registered as instances as "providers it will ignore", and a
     * missing optional provider: noise. Held here because JUL keeps loggers only weakly.
     */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers"),
            java.util.logging.Logger.getLogger("org.glassfish.jersey.message.internal.MessagingBinders"));

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
    }

    private DevHostServer(DevHostSettings settings, DevHostModules modules) {
        this.settings = settings;
        this.modules = modules;
        this.clock = settings.now() == null ? Clock.systemUTC() : Clock.fixed(settings.now(), ZoneOffset.UTC);
        this.tokens = new PersonalAccessTokens(clock);
    }

    /** Starts a dev host; it answers {@code RUNNING} on {@code /jira/status} (or {@code /confluence/status}) when this returns. */
    public static DevHostServer start(DevHostSettings settings) throws Exception {
        return start(settings, DevHostModules.NONE);
    }

    /** Starts a dev host that also serves a test's own modules beside the plugin's. */
    public static DevHostServer start(DevHostSettings settings, DevHostModules modules) throws Exception {
        DevHostServer server = new DevHostServer(settings, modules);
        try {
            server.startAll();
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void startAll() throws Exception {
        // Credentials in the URL's query (MariaDB's ?user=root) are the database's credentials too.
        database = AoDatabase.open(settings.dbUrl(), JdbcUrls.parameter(settings.dbUrl(), "user"),
                JdbcUrls.parameter(settings.dbUrl(), "password"), StoreEntities.NAMESPACE, StoreEntities.all());
        DevHostProduct product = settings.product();
        jira = new DevHostJira(new UrlDataSource(settings.dbUrl()), clock, product);
        if (settings.directory() == null) {
            jira.loadDemo();
        } else {
            jira.load(settings.directory());
        }
        scheduler = new DevHostScheduler(clock);
        DevHostSalUserManager salUsers = DevHostSalUserManager.of(jira);
        Accounts accounts = salUsers.accounts();
        HostServices host = new HostServices()
                .offer(ActiveObjects.class, database.activeObjects())
                .offer(UserManager.class, salUsers)
                .offer(SchedulerService.class, scheduler)
                .offer(CrowdDirectoryService.class, jira.crowdDirectoryService())
                .offer(CrowdService.class, apiFaults.guard(CrowdService.class, SlowChanges.slow(CrowdService.class,
                        jira.crowdService(), settings.changeDelay(), Set.of("removeUserFromGroup"))));
        if (product == DevHostProduct.CONFLUENCE) {
            offerConfluence(host);
        } else {
            offerJira(host);
        }
        DevHostWeb web = new DevHostWeb(product);
        web.offerServices(host);
        Map<String, Object> overrides = settings.leaseTimeout() == null ? Map.of("clock", clock)
                : Map.of("clock", clock, "leaseTimings", LeaseTimings.forTimeout(settings.leaseTimeout()));
        plugin = new PluginContainer(product.springContext(), host, overrides);

        String contextPath = product.contextPath();
        container = containers.create("127.0.0.1", settings.port(), contextPath, new ApiErrors(contextPath + REST_PATH));
        container.addFilter(new SecurityHeadersFilter(product), "/*");
        RememberMeCookie rememberMe = new RememberMeCookie(product.rememberMeCookie(), clock);
        container.addFilter(new AuthenticationFilter(accounts, tokens, rememberMe), "/*");
        container.addFilter(new XsrfFilter(), REST_PATH + "/*");
        container.addFilter(new XsrfFilter(), PAT_PATH + "/*");
        container.addServlet("personal-access-tokens", new PersonalAccessTokenServlet(tokens), PAT_PATH + "/*");
        container.addServlet(null, new StatusServlet(running::get, standsInFor()), "/status");
        web.install(container, plugin, accounts, rememberMe, modules.servlets());
        ResourceConfig rest = new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(new RestAccessFilter(accounts))
                .registerInstances(plugin.restComponents("io.usercleanup.rest").toArray())
                .registerInstances(modules.restResources().toArray());
        container.addServlet(null, new ServletContainer(rest), REST_PATH + "/*");
        container.start();
        plugin.start();
        running.set(true);
        LOG.info("User Cleanup dev host for {} is running at {} (log in as admin / admin)", standsInFor(), baseUrl());
    }

    /** Confluence's services over the same directory, for the Confluence plugin's context. */
    private void offerConfluence(HostServices host) {
        DevHostConfluence confluence = jira.confluence();
        host.offer(UserAccessor.class, gate.guard(apiFaults.guard(UserAccessor.class, SlowChanges.slow(UserAccessor.class,
                        confluence.userAccessor(), settings.changeDelay(), Set.of("removeMembership", "deactivateUser")))))
                .offer(LoginManager.class, confluence.loginManager())
                .offer(SpacePermissionManager.class, confluence.spacePermissionManager())
                .offer(PermissionManager.class, confluence.permissionManager())
                .offer(com.atlassian.confluence.cluster.ClusterManager.class,
                        new ConfluenceClusterManager(settings.node()))
                .offer(TransactionalExecutorFactory.class, gate.guard(confluence.transactionalExecutorFactory()));
    }

    /** Jira's services over the directory, for the Jira plugin's context. */
    private void offerJira(HostServices host) {
        host.offer(com.atlassian.jira.user.util.UserManager.class, jira.userManager())
                .offer(GroupManager.class, gate.guard(jira.groupManager()))
                .offer(ApplicationRoleManager.class, jira.applicationRoleManager())
                .offer(LoginService.class, jira.loginService())
                .offer(JiraAuthenticationContext.class, jira.authenticationContext())
                .offer(UserService.class, apiFaults.guard(UserService.class, SlowChanges.slow(UserService.class,
                        jira.userService(), settings.changeDelay(), Set.of("updateUser"))))
                .offer(ClusterManager.class, new DevHostClusterManager(settings.node()))
                .offer(DatabaseAccessor.class, gate.guard(jira.databaseAccessor()));
    }

    /** The port it listens on. */
    public int port() {
        return container.port();
    }

    /** The Atlassian platform whose web stack the host runs on: 7 or 8. */
    public int platform() {
        return containers.platform();
    }

    /** What the host stands in for, such as {@code Jira 10 (Platform 7)} or {@code Confluence 10 (Platform 8)}. */
    public String standsInFor() {
        return settings.product().release(platform());
    }

    /** Such as {@code http://localhost:2990/jira} or {@code http://localhost:1990/confluence}. */
    public String baseUrl() {
        return "http://localhost:" + port() + settings.product().contextPath();
    }

    /** The product the host stands in for. */
    public DevHostProduct product() {
        return settings.product();
    }

    /** The dev host's Jira, for tests that look at or change the directory. */
    public DevHostJira jira() {
        return jira;
    }

    /** Holds runs in the middle while closed, for tests of what happens during a run. */
    public DirectoryGate gate() {
        return gate;
    }

    /** Makes host methods fail to link, for tests of a Jira whose API does not match the plugin's. */
    public HostApiFaults apiFaults() {
        return apiFaults;
    }

    /** The personal access tokens the host has issued. */
    public PersonalAccessTokens tokens() {
        return tokens;
    }

    /** The dev host's scheduler. */
    public DevHostScheduler scheduler() {
        return scheduler;
    }

    /** The plugin's context, for tests that reach a component directly. */
    public PluginContainer plugin() {
        return plugin;
    }

    /** Stops everything, in the reverse order of start. */
    @Override
    public void close() {
        running.set(false);
        stop("HTTP server", () -> {
            if (container != null) {
                container.stop();
            }
        });
        stop("plugin", () -> {
            if (plugin != null) {
                plugin.close();
            }
        });
        stop("scheduler", () -> {
            if (scheduler != null) {
                scheduler.close();
            }
        });
        stop("database", () -> {
            if (database != null) {
                database.close();
            }
        });
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void stop(String what, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            LOG.warn("Stopping the dev host's {} failed", what, e);
        }
    }
}
