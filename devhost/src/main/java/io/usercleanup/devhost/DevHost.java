package io.usercleanup.devhost;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the dev host in the foreground until SIGTERM or SIGINT: {@code mvn -B -q -Pdevhost}.
 * Settings come from system properties, see {@link DevHostSettings}.
 */
public final class DevHost {
    private DevHost() {
    }

    public static void main(String[] args) throws Exception {
        DevHostSettings settings;
        try {
            settings = DevHostSettings.from(System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("The dev host cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        String platform = System.getProperty("devhost.platform", "").strip();
        int running = WebContainer.factory().platform();
        if (!platform.isEmpty() && !platform.equals(String.valueOf(running))) {
            System.err.println("The dev host cannot start: devhost.platform: '" + platform + "' is not the platform "
                    + "of this dev host (" + running + "); the platforms are 7 and 8 (-Ddevhost.platform=8 from the "
                    + "repository root)");
            System.exit(2);
            return;
        }
        DevHostServer server;
        try {
            server = DevHostServer.start(settings);
        } catch (Exception e) {
            System.err.println("The dev host cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("User Cleanup dev host stopped.");
            stopped.countDown();
        }, "devhost-shutdown"));
        System.out.println("User Cleanup dev host: " + server.baseUrl() + " (admin / admin), standing in for "
                + server.standsInFor() + ". Stop with Ctrl+C.");
        stopped.await();
    }
}
