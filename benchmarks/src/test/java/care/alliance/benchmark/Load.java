package care.alliance.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * A fixed number of people at once, each sending their next request as soon as the last one is
 * answered (a closed loop), for a given time; each person uses their own signed-in session.
 */
final class Load {

    /** What one person does for one measured request, and what the answer was. */
    interface Visit {
        Answer visit(Session session);
    }

    record Answer(boolean ok, int bytes, String problem) {
        static Answer of(java.net.http.HttpResponse<String> response, int expected) {
            boolean ok = response.statusCode() == expected;
            return new Answer(ok, response.body().length(),
                    ok ? null : response.statusCode() + " from " + response.uri());
        }
    }

    /** A page as the benchmark opens it: who opens it and how. */
    record Page(String name, List<Session> sessions, Visit visit) {
    }

    record Result(long requests, long errors, double seconds, Histogram latency, long bytes, String firstProblem) {
        double throughput() {
            return requests / seconds;
        }

        double millis(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        long bytesPerRequest() {
            return requests == 0 ? 0 : bytes / requests;
        }
    }

    private Load() {
    }

    /** Each of {@code people} goes through the pages in turn, starting at a different one, until the time is up. */
    static Result run(List<Page> pages, int people, Duration duration) {
        ExecutorService pool = Executors.newFixedThreadPool(people);
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicReference<String> firstProblem = new AtomicReference<>();
        List<Future<Result>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int person = 0; person < people; person++) {
            int me = person;
            running.add(pool.submit(() -> {
                Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
                long requests = 0;
                long errors = 0;
                long bytes = 0;
                for (int turn = me; System.nanoTime() < deadline; turn++) {
                    Page page = pages.get(turn % pages.size());
                    Session session = page.sessions().get(me % page.sessions().size());
                    long start = System.nanoTime();
                    Answer answer;
                    try {
                        answer = page.visit().visit(session);
                    } catch (RuntimeException e) {
                        answer = new Answer(false, 0, page.name() + ": " + e.getMessage());
                    }
                    latency.recordValue(Math.min(latency.getHighestTrackableValue(), (System.nanoTime() - start) / 1000));
                    requests++;
                    bytes += answer.bytes();
                    if (!answer.ok()) {
                        errors++;
                        firstProblem.compareAndSet(null, answer.problem());
                    }
                }
                return new Result(requests, errors, 0, latency, bytes, null);
            }));
        }
        pool.shutdown();
        Histogram all = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        long requests = 0;
        long errors = 0;
        long bytes = 0;
        try {
            for (Future<Result> person : running) {
                Result result = person.get(duration.toSeconds() + 180, TimeUnit.SECONDS);
                all.add(result.latency());
                requests += result.requests();
                errors += result.errors();
                bytes += result.bytes();
            }
        } catch (Exception e) {
            pool.shutdownNow();
            throw new IllegalStateException("A load phase did not end: " + e, e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(requests, errors, seconds, all, bytes, firstProblem.get());
    }
}
