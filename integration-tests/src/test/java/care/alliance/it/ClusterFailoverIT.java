package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.cluster.LoopbackCluster;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes of the runnable jar as one cluster behind HAProxy (round-robin, no sticky sessions),
 * on a database of their own that both start migrating at the same moment, with the tests'
 * Keycloak. A check-in saved on one node is confirmed on the page the redirect opens on the
 * other. A therapist signs in through the load balancer and saves a check-in; the node that
 * saved it is killed with SIGKILL; the next click, the form on the page they have open, is
 * answered by the other node, still signed in, and what they saved is there. Before that, a
 * back-channel logout that Keycloak sends to the node that did not sign the person in still ends
 * their session on both.
 */
@ExtendWith(KeycloakServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final String DATABASE = System.getProperty("it.cluster.database", "alliance_it_cluster");
    private static final Pattern MIGRATED = Pattern.compile("Database schema is at version \\S+ \\((\\d+) migrations applied now\\)");
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final String GOAL_WORDS = "Get out of the house and walk three days a week";

    private static LoopbackCluster cluster;

    @BeforeAll
    static void startTwoNodesAndTheLoadBalancer() throws IOException {
        Path home = TestSettings.output().resolve("cluster");
        // an earlier run's root directories would deploy its WAR once more before this one
        ServerProcesses.deleteTree(home);
        // the nodes' logs beside the shared server's, where ServerLogIT reads every node's
        cluster = LoopbackCluster.started(new LoopbackCluster.Options(Integer.getInteger("it.cluster.port", 19080),
                home, TestSettings.output(), Path.of(System.getProperty("it.micro.jar")),
                Path.of(System.getProperty("it.payara.preboot")), Path.of(System.getProperty("it.cluster.settings")),
                "640m", documentedVariables()));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The variables the README lists, as the other tests set them, for the cluster's own database. */
    private static Map<String, String> documentedVariables() {
        Map<String, String> variables = TestSettings.documentedVariables(databaseUrl());
        // HAProxy adds X-Forwarded-For; ALLIANCE_PUBLIC_URL stays unset, so the sign-in's return
        // address is built from the Host header the load balancer passes on.
        variables.put("ALLIANCE_TRUSTED_PROXIES", "127.0.0.1");
        variables.remove("ALLIANCE_PUBLIC_URL");
        return variables;
    }

    @Test
    @Order(1)
    void twoNodesStartingAtOnceMigrateTheEmptyDatabaseOnceAndFormOneCluster() throws IOException {
        List<Integer> applied = new ArrayList<>();
        boolean joined = false;
        for (LoopbackCluster.Node node : cluster.nodes()) {
            String log = Files.readString(node.log());
            Matcher migrated = MIGRATED.matcher(log);
            assertTrue(migrated.find(), node.name() + " logs its schema version; see " + node.log());
            applied.add(Integer.parseInt(migrated.group(1)));
            joined |= log.contains("DG Name: " + cluster.name()) && log.contains("DG Size: 2");
        }

        assertEquals(1, applied.stream().filter(count -> count > 0).count(),
                "one node applied the migrations, the other found them done: " + applied);
        assertEquals(List.of(), query("select version from flyway_schema_history where version is not null"
                + " group by version having count(*) > 1"), "no migration ran twice");
        assertEquals(List.of("true"), query("select bool_and(success)::text from flyway_schema_history"));
        assertTrue(joined, "the two nodes found each other in the data grid");
    }

    @Test
    @Order(2)
    void aBackChannelLogoutThatReachesTheOtherNodeEndsTheSessionOnBoth() {
        WebSession careManager = new WebSession();
        String signedInBy = signInThroughTheBalancer(careManager, "maria.gomez");
        String caseload = cluster.url() + "/clinician/caseload.xhtml";
        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> page = careManager.get(caseload);
            assertEquals(200, page.statusCode());
            servedBy.add(nodeOf(page));
        }
        assertEquals(Set.of("node1", "node2"), servedBy, "both nodes served the one session");
        LoopbackCluster.Node other = cluster.nodes().stream().filter(node -> !node.name().equals(signedInBy))
                .findFirst().orElseThrow();

        KeycloakAdmin keycloak = new KeycloakAdmin();
        String usual = keycloak.backChannelLogoutUrl("http://localhost:" + other.port() + "/signin/backchannel-logout");
        try {
            keycloak.endSessionsOf("maria.gomez");
        } finally {
            keycloak.backChannelLogoutUrl(usual);
        }

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> next = careManager.get(caseload);
            assertEquals(302, next.statusCode(), "the session ended on " + nodeOf(next) + " too");
            assertTrue(WebSession.location(next).startsWith(TestSettings.keycloakUrl()), WebSession.location(next));
        }
    }

    @Test
    @Order(3)
    void aCheckInSavedOnOneNodeIsConfirmedOnThePageTheOtherNodeAnswersAndOnlyThere() throws IOException {
        long goal = goalOfAlexMorgan();
        String goalPage = cluster.url() + "/clinician/goal.xhtml?goal=" + goal;
        WebSession therapist = new WebSession();
        signInThroughTheBalancer(therapist, "sam.rivera");

        // Round-robin usually sends the redirect's GET to the node that did not take the POST;
        // a save whose two requests met the same node is tried again, up to a few times.
        List<String> crossings = new ArrayList<>();
        for (int attempt = 0; attempt < 5 && crossings.isEmpty(); attempt++) {
            String note = "Walked to the shop, across nodes " + System.nanoTime();
            HttpResponse<String> saved = PageForm.on(therapist.get(goalPage), "check-in")
                    .set("rating", "5").set("note", note).submit(therapist, "save");
            assertEquals(302, saved.statusCode(), "the check-in is taken: " + PageForm.pageMessages(saved));
            HttpResponse<String> shown = therapist.follow(saved);
            assertEquals(200, shown.statusCode());
            if (nodeOf(saved).equals(nodeOf(shown))) {
                continue;
            }
            crossings.add(nodeOf(saved) + " saved, " + nodeOf(shown) + " showed");
            assertTrue(PageForm.pageMessages(shown).contains("Your check-in is saved."),
                    "the confirmation is on the page: " + PageForm.pageMessages(shown));
            assertTrue(shown.body().contains(note), "and the check-in itself");
            assertEquals(List.of("1"), query("select count(*) from progress_check_in where goal_id = ? and note = ?",
                    goal, note), "saved once");

            HttpResponse<String> again = therapist.get(goalPage);
            assertEquals(200, again.statusCode());
            assertFalse(PageForm.pageMessages(again).contains("Your check-in is saved."),
                    "the next view of the page, on " + nodeOf(again) + ", says it no more");
        }
        assertEquals(1, crossings.size(), "a save whose POST and redirect two different nodes answered");
        for (LoopbackCluster.Node node : cluster.nodes()) {
            assertFalse(Files.readString(node.log()).contains("JSF1094"), node.name() + " lost no flash; see " + node.log());
        }
    }

    @Test
    @Order(4)
    void theNextClickAfterItsNodeIsKilledIsAnsweredByTheOtherNodeStillSignedInWithNothingLost() {
        long goal = goalOfAlexMorgan();
        String goalPage = cluster.url() + "/clinician/goal.xhtml?goal=" + goal;
        WebSession therapist = new WebSession();
        HttpResponse<String> caseload = therapist.signIn("sam.rivera", DeployedAlliance.PASSWORD,
                cluster.url() + "/clinician/caseload.xhtml");
        assertEquals(200, caseload.statusCode());
        assertTrue(caseload.body().contains("Alex Morgan"), "signed in through the load balancer");

        // Round-robin without stickiness: the session already goes from node to node.
        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> page = therapist.get(goalPage);
            assertEquals(200, page.statusCode(), "signed in on whichever node answers");
            servedBy.add(nodeOf(page));
        }
        assertEquals(Set.of("node1", "node2"), servedBy, "both nodes served the one session");

        String before = "Walked twice, cluster " + System.nanoTime();
        HttpResponse<String> saved = PageForm.on(therapist.get(goalPage), "check-in")
                .set("rating", "6").set("note", before).submit(therapist, "save");
        assertEquals(302, saved.statusCode(), "the check-in is taken");
        String saver = nodeOf(saved);
        HttpResponse<String> open = therapist.follow(saved);
        assertTrue(open.body().contains(before), "the page shows the check-in");

        cluster.node(saver).killHard();

        String after = "Walked three times, cluster " + System.nanoTime();
        HttpResponse<String> next = PageForm.on(open, "check-in").set("rating", "8").set("note", after)
                .submit(therapist, "save");
        String survivor = saver.equals("node1") ? "node2" : "node1";
        assertEquals(survivor, nodeOf(next), "the other node answers");
        assertEquals(302, next.statusCode(), "the form of the page left open is taken: " + next.body());
        assertFalse(WebSession.location(next).contains("/realms/alliance"), "no new sign-in");
        HttpResponse<String> shown = therapist.follow(next);
        assertEquals(200, shown.statusCode());
        assertEquals(survivor, nodeOf(shown));
        assertTrue(shown.body().contains(before) && shown.body().contains(after),
                "what was saved before and after the node went is there");
        assertEquals(List.of(before, after), query("select note from progress_check_in where goal_id = ?"
                + " and note like '%cluster%' order by id", goal));
    }

    private static long goalOfAlexMorgan() {
        return Long.parseLong(query("select g.id from goal g join goal_revision r on r.goal_id = g.id"
                + " and r.number = 1 join client c on c.id = g.client_id"
                + " where c.family_name = 'Morgan' and r.client_words = ?", GOAL_WORDS).get(0));
    }

    /** Signs in through the load balancer; returns the node that completed the sign-in (its callback). */
    private static String signInThroughTheBalancer(WebSession session, String username) {
        HttpResponse<String> login = session.follow(session.get(cluster.url() + "/clinician/caseload.xhtml"));
        Matcher form = LOGIN_FORM.matcher(login.body());
        assertTrue(form.find(), "Keycloak's login form: " + login.uri());
        HttpResponse<String> toCallback = session.post(form.group(1).replace("&amp;", "&"),
                "username=" + username + "&password=" + DeployedAlliance.PASSWORD + "&credentialId=");
        assertTrue(WebSession.location(toCallback).startsWith(cluster.url() + "/callback"), WebSession.location(toCallback));
        HttpResponse<String> callback = session.get(WebSession.location(toCallback));
        assertEquals(200, session.follow(callback).statusCode());
        return nodeOf(callback);
    }

    private static String nodeOf(HttpResponse<String> response) {
        return response.headers().firstValue(LoopbackCluster.SERVED_BY)
                .orElseThrow(() -> new AssertionError("the load balancer names no node: " + response.statusCode()));
    }

    private static String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + TestSettings.databasePort() + "/" + DATABASE;
    }

    private static List<String> query(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(databaseUrl(), "alliance_owner", "alliance_owner");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
