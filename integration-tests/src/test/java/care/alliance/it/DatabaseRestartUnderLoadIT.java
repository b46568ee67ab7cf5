package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL restarts while the clinic is busy: six people of every role (a therapist, primary
 * care, a care manager, a psychiatrist, another team's therapist and a client in the portal) keep
 * reading plans and caseloads and checking in on goals, on the pages and through the API, before,
 * during and after a 15 s outage made by {@link DatabaseProxy}. Every answer is kept and judged
 * afterwards: nothing but 503 among the 5xx, "unavailable for a moment" all through the outage,
 * readiness down and back up without restarting Alliance, every person working again in the same
 * session, and every check-in Alliance said it took in the database exactly once.
 */
class DatabaseRestartUnderLoadIT extends DeployedAlliance {

    private static final Duration BEFORE = Duration.ofSeconds(20);
    /** About as long as PostgreSQL takes to restart on a busy server. */
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    /** How long people go on working once readiness is up again. */
    private static final Duration AFTER = Duration.ofSeconds(30);
    /** Readiness must be back within this once the database answers again. */
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);
    /** Between two rounds of one person's work: a busy clinic on a 2-core machine, not a flood. */
    private static final Duration PAUSE = Duration.ofMillis(250);
    /** A person stops after this many rounds even if the test did not tell them to. */
    private static final int MOST_ROUNDS = 1000;

    private static final Pattern DATABASE_DOWN = Pattern.compile("\"name\":\"database\",\"status\":\"DOWN\"");
    private static final Pattern DATABASE_UP = Pattern.compile("\"name\":\"database\",\"status\":\"UP\"");

    /** What a request is, and so which status says it was done. */
    enum Kind {
        PAGE(200), FORM(302), API_READ(200), API_WRITE(201), READINESS(200);

        final int done;

        Kind(int done) {
            this.done = done;
        }
    }

    /** One request and its answer, as the person saw it; status -1 when no answer came. */
    record Answer(String person, String request, Kind kind, Instant sent, Instant answered, int status,
            boolean saysUnavailable, boolean toSignIn, String failure) {

        boolean done() {
            return status == kind.done && !toSignIn;
        }

        @Override
        public String toString() {
            return person + " " + request + " -> " + (status < 0 ? failure : status + (toSignIn ? " to sign-in" : ""));
        }
    }

    /** A progress check-in someone sent, with the words that find it in the database. */
    record Write(String person, long goal, String note, int rating, Answer answer) {

        /** How the database must hold it: "note|rating|by_username|goal_id". */
        String row() {
            return note + "|" + rating + "|" + person + "|" + goal;
        }
    }

    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final Queue<Write> writes = new ConcurrentLinkedQueue<>();
    private volatile boolean stopping;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aBusyClinicIsToldToTryAgainDuringARestartAndCarriesOnAfterwardsWithEveryTakenCheckInKeptOnce()
            throws Exception {
        String notes = "Restart under load " + Long.toString(System.currentTimeMillis(), 36) + " ";
        long morgan = ClinicRecords.clientId("Morgan");
        long ortiz = ClinicRecords.clientId("Ortiz");
        List<AtWork> people = List.of(
                new AtWork("sam.rivera", morgan, notes, List.of("/clinician/care-plan.xhtml?client=" + morgan),
                        List.of(), "/clinician/goal.xhtml?goal="),
                new AtWork("tom.okafor", morgan, notes, List.of("/clinician/caseload.xhtml"), List.of(),
                        "/clinician/goal.xhtml?goal="),
                new AtWork("alex.morgan", morgan, notes, List.of("/portal/my-plan.xhtml"), List.of(),
                        "/portal/goal.xhtml?goal="),
                new AtWork("maria.gomez", morgan, notes, List.of("/clinician/caseload.xhtml"),
                        List.of("/clients/" + morgan + "/care-plan"), null),
                new AtWork("priya.patel", morgan, notes, List.of(),
                        List.of("/clients/" + morgan + "/care-plan", "/caseload?page=1&size=5"), null),
                new AtWork("lee.chen", ortiz, notes, List.of("/clinician/care-plan.xhtml?client=" + ortiz),
                        List.of("/clients/" + ortiz + "/check-ins"), null));
        people.forEach(AtWork::signIn);

        WebSession monitor = new WebSession();
        DatabaseProxy.Relay database = DatabaseProxy.running();
        Instant cutAt;
        Instant openedAt;
        Instant readyAt;
        ExecutorService clinic = Executors.newFixedThreadPool(people.size());
        List<Future<Void>> working = new ArrayList<>();
        try {
            people.forEach(person -> working.add(clinic.submit(person)));
            watchReadiness(monitor, Instant.now().plus(BEFORE));
            cutAt = Instant.now();
            database.cutOff();
            try {
                watchReadiness(monitor, cutAt.plus(OUTAGE));
            } finally {
                database.open();
                openedAt = Instant.now();
            }
            readyAt = awaitReadiness(monitor, openedAt);
            watchReadiness(monitor, readyAt.plus(AFTER));
        } finally {
            stopping = true;
            clinic.shutdown();
            if (!clinic.awaitTermination(60, TimeUnit.SECONDS)) {
                clinic.shutdownNow();
            }
        }
        for (Future<Void> person : working) {
            person.get(1, TimeUnit.SECONDS);
        }

        List<String> wrong = new ArrayList<>();
        List<Answer> work = answers.stream().filter(answer -> answer.kind() != Kind.READINESS).toList();
        List<Answer> before = work.stream().filter(answer -> answer.answered().isBefore(cutAt)).toList();
        List<Answer> during = work.stream().filter(answer -> answer.sent().isAfter(cutAt)
                && answer.answered().isBefore(openedAt)).toList();
        List<Answer> after = work.stream().filter(answer -> answer.sent().isAfter(readyAt)).toList();
        List<Answer> unavailable = work.stream().filter(answer -> answer.status() == 503).toList();
        Map<String, Long> stored = ClinicRecords.progressCheckInsNoted(notes).stream()
                .collect(Collectors.groupingBy(row -> row, Collectors.counting()));
        long savedThough503 = writes.stream().filter(write -> write.answer().status() == 503)
                .filter(write -> stored.containsKey(write.row())).count();
        Duration workingAgain = people.stream().map(person -> person.firstDoneAfter(openedAt))
                .max(Duration::compareTo).orElseThrow();
        System.out.printf("DatabaseRestartUnderLoadIT: %d people, requests before/during/after %d/%d/%d"
                        + " (%d around the cut and the return), %d answered 503, %d check-ins sent, %d taken,"
                        + " %d answered 503 of which %d saved; readiness up %d ms after the database returned,"
                        + " everyone working again after %d ms%n",
                people.size(), before.size(), during.size(), after.size(),
                work.size() - before.size() - during.size() - after.size(), unavailable.size(), writes.size(),
                writes.stream().filter(write -> write.answer().done()).count(),
                writes.stream().filter(write -> write.answer().status() == 503).count(), savedThough503,
                Duration.between(openedAt, readyAt).toMillis(), workingAgain.toMillis());

        answers.stream().filter(answer -> answer.status() < 0 || (answer.status() >= 500 && answer.status() != 503))
                .forEach(answer -> wrong.add("an error instead of an answer: " + answer));
        work.stream().filter(answer -> !answer.done() && answer.status() != 503)
                .forEach(answer -> wrong.add("neither done nor 503: " + answer));
        before.stream().filter(answer -> !answer.done()).forEach(answer -> wrong.add("before the outage: " + answer));
        during.stream().filter(answer -> answer.status() != 503 || !answer.saysUnavailable())
                .forEach(answer -> wrong.add("during the outage, not \"unavailable for a moment\": " + answer));
        answers.stream().filter(answer -> answer.kind() == Kind.READINESS && answer.sent().isAfter(cutAt)
                        && answer.answered().isBefore(openedAt) && (answer.status() != 503 || !answer.saysUnavailable()))
                .forEach(answer -> wrong.add("readiness not down during the outage: " + answer));
        after.stream().filter(answer -> !answer.done()).forEach(answer -> wrong.add("after readiness was up: " + answer));
        for (AtWork person : people) {
            for (List<Answer> phase : List.of(before, during, after)) {
                if (phase.stream().noneMatch(answer -> answer.person().equals(person.username))) {
                    wrong.add(person.username + " asked nothing in one of the phases");
                }
            }
            if (after.stream().filter(answer -> answer.person().equals(person.username) && answer.done()).count() < 3) {
                wrong.add(person.username + " did not carry on after the outage");
            }
            if (writes.stream().noneMatch(write -> write.person().equals(person.username) && write.answer().done()
                    && write.answer().sent().isAfter(readyAt))) {
                wrong.add(person.username + " had no check-in taken after the outage");
            }
        }
        for (Write write : writes) {
            long copies = stored.getOrDefault(write.row(), 0L);
            if (write.answer().done() && copies != 1) {
                wrong.add("taken, but stored " + copies + " times: " + write.row() + " (" + write.answer() + ")");
            } else if (!write.answer().done() && copies > 1) {
                wrong.add("refused, yet stored " + copies + " times: " + write.row() + " (" + write.answer() + ")");
            }
        }
        Set<String> sentRows = writes.stream().map(Write::row).collect(Collectors.toSet());
        stored.keySet().stream().filter(row -> !sentRows.contains(row))
                .forEach(row -> wrong.add("stored but not as sent (half saved or mixed up): " + row));

        assertTrue(during.size() >= 2L * people.size(), "the outage really happened under load: " + during.size()
                + " requests during it");
        assertTrue(writes.stream().anyMatch(write -> write.answer().status() == 503), "check-ins were sent during it");
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + answers.size() + " answers were wrong:\n"
                    + wrong.stream().limit(40).collect(Collectors.joining("\n")));
        }
    }

    /** Asks readiness every second until the moment, keeping each answer. */
    private void watchReadiness(WebSession monitor, Instant until) throws InterruptedException {
        while (Instant.now().isBefore(until)) {
            readiness(monitor);
            Thread.sleep(1000);
        }
    }

    /** Asks readiness until it is up, at most {@link #RECOVERY_LIMIT} after the database returned; returns when. */
    private Instant awaitReadiness(WebSession monitor, Instant openedAt) throws InterruptedException {
        Asked ready = readiness(monitor);
        while (!ready.answer().done()) {
            if (Duration.between(openedAt, Instant.now()).compareTo(RECOVERY_LIMIT) > 0) {
                fail("readiness still " + ready.answer().status() + " " + RECOVERY_LIMIT.toSeconds()
                        + " s after the database came back");
            }
            Thread.sleep(250);
            ready = readiness(monitor);
        }
        assertTrue(DATABASE_UP.matcher(ready.response().body()).find(), ready.response().body());
        return ready.answer().answered();
    }

    private Asked readiness(WebSession monitor) {
        return ask("monitor", "readiness", Kind.READINESS,
                () -> monitor.get(AllianceServer.serverUrl() + "/health/ready"));
    }

    /** An answer and, when one came, the response itself. */
    private record Asked(Answer answer, HttpResponse<String> response) {
    }

    private Asked ask(String person, String request, Kind kind, Supplier<HttpResponse<String>> call) {
        Instant sent = Instant.now();
        try {
            HttpResponse<String> response = call.get();
            Answer answer = new Answer(person, request, kind, sent, Instant.now(), response.statusCode(),
                    saysUnavailable(kind, response), toSignIn(response), null);
            answers.add(answer);
            return new Asked(answer, response);
        } catch (RuntimeException failure) {
            Answer answer = new Answer(person, request, kind, sent, Instant.now(), -1, false, false,
                    failure + (failure.getCause() == null ? "" : " caused by " + failure.getCause()));
            answers.add(answer);
            return new Asked(answer, null);
        }
    }

    /** Whether a 503 says what Alliance says while the database is away, for the kind of request. */
    private static boolean saysUnavailable(Kind kind, HttpResponse<String> response) {
        if (response.statusCode() != 503) {
            return false;
        }
        if (kind != Kind.READINESS && !"10".equals(response.headers().firstValue("Retry-After").orElse(null))) {
            return false;
        }
        String body = response.body();
        return switch (kind) {
            case PAGE, FORM -> body.contains("Alliance is unavailable for a moment") && !body.contains("Exception");
            case API_READ, API_WRITE -> response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json")
                    && ApiCaller.object(response).getInt("status") == 503
                    && "Unavailable for a moment".equals(ApiCaller.object(response).getString("title", null));
            case READINESS -> DATABASE_DOWN.matcher(body).find();
        };
    }

    private static boolean toSignIn(HttpResponse<String> response) {
        return WebSession.isRedirect(response) && WebSession.location(response).contains("/realms/");
    }

    /**
     * One person at work in one session: each round they open their pages and ask the API their
     * questions, then check in on their own goal, on its page (with the form of the page they
     * opened the round before, as someone who saves a page left open) or through the API.
     */
    private final class AtWork implements Callable<Void> {

        private final String username;
        private final long goal;
        private final String notes;
        private final List<String> pages;
        private final List<String> questions;
        /** The goal page whose check-in form the person sends, or null for check-ins through the API. */
        private final String goalPage;
        private WebSession session;
        private ApiCaller api;
        private HttpResponse<String> leftOpen;

        AtWork(String username, long client, String notes, List<String> pages, List<String> questions,
                String goalPage) {
            this.username = username;
            // a goal of their own, so that what they check in piles up on none of the demo clinic's goals
            this.goal = ClinicRecords.seedGoal(client, "Keep to a routine while the clinic is busy, with " + username,
                    "AGREED");
            this.notes = notes;
            this.pages = pages;
            this.questions = questions;
            this.goalPage = goalPage == null ? null : goalPage + goal;
        }

        void signIn() {
            if (!pages.isEmpty() || goalPage != null) {
                session = new WebSession();
                String home = username.equals("alex.morgan") ? "/portal/my-plan.xhtml" : "/clinician/caseload.xhtml";
                HttpResponse<String> landed = session.signIn(username, PASSWORD, app() + home);
                assertEquals(200, landed.statusCode(), username + " signs in");
            }
            if (!questions.isEmpty() || goalPage == null) {
                api = ApiCaller.as(app(), username);
            }
        }

        @Override
        public Void call() throws InterruptedException {
            for (int round = 1; !stopping && round <= MOST_ROUNDS; round++) {
                for (String page : pages) {
                    ask(username, "GET " + page, Kind.PAGE, () -> session.get(app() + page));
                }
                for (String question : questions) {
                    ask(username, "GET /api/v1" + question, Kind.API_READ, () -> api.get(question));
                }
                checkIn(round);
                Thread.sleep(PAUSE.toMillis());
            }
            return null;
        }

        private void checkIn(int round) {
            String note = notes + username + " #" + round;
            int rating = round % 11;
            if (goalPage == null) {
                String path = "/goals/" + goal + "/check-ins";
                Asked sent = ask(username, "POST /api/v1" + path, Kind.API_WRITE,
                        () -> api.post(path, "{\"rating\":" + rating + ",\"note\":\"" + note + "\"}", null));
                writes.add(new Write(username, goal, note, rating, sent.answer()));
                return;
            }
            Asked opened = ask(username, "GET " + goalPage, Kind.PAGE, () -> session.get(app() + goalPage));
            if (leftOpen != null) {
                PageForm form = PageForm.on(leftOpen, "check-in").set("rating", Integer.toString(rating)).set("note", note);
                Asked sent = ask(username, "POST " + goalPage, Kind.FORM, () -> form.submit(session, "save"));
                writes.add(new Write(username, goal, note, rating, sent.answer()));
            }
            leftOpen = opened.answer().status() == 200 ? opened.response() : null;
        }

        /** How long after the moment this person's first request was done. */
        Duration firstDoneAfter(Instant moment) {
            return answers.stream().filter(answer -> answer.person().equals(username) && answer.done()
                            && answer.sent().isAfter(moment))
                    .map(answer -> Duration.between(moment, answer.answered())).min(Duration::compareTo)
                    .orElse(Duration.ofDays(1));
        }
    }
}
