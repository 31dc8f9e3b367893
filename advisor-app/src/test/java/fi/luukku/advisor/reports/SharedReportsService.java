package fi.luukku.advisor.reports;

import fi.luukku.service.testing.TestServer;

/**
 * One in-process service with recorded activity for all the reports workspace tests of a test run (starting the
 * service and recording the activity is the slow part); stopped when the test JVM ends.
 */
final class SharedReportsService {
    private static TestServer server;
    private static RecordedActivity activity;

    private SharedReportsService() {}

    static synchronized RecordedActivity activity() {
        if (activity == null) {
            server = TestServer.start();
            activity = new RecordedActivity(server);
            activity.record(6);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "reports-test-service-stop"));
        }
        return activity;
    }
}
