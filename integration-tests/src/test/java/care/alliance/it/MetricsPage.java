package care.alliance.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** /metrics as clinic IT's Prometheus reads it: the Prometheus text, one sample a line. */
final class MetricsPage {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\S+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final String text;
    private final List<Sample> samples;

    private MetricsPage(String text, List<Sample> samples) {
        this.text = text;
        this.samples = samples;
    }

    /** The application's metrics, read from this machine, directly. */
    static MetricsPage read(String app) {
        HttpResponse<String> answer = get(app, new String[0]);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("/metrics answered " + answer.statusCode() + ": " + answer.body());
        }
        List<Sample> samples = new ArrayList<>();
        for (String line : answer.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(4))));
        }
        return new MetricsPage(answer.body(), samples);
    }

    static HttpResponse<String> get(String app, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + "/metrics?scope=application"))
                .timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("/metrics did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sample of this name whose labels include these (label, value, label, value…); 0 when there is none yet. */
    double value(String name, String... labels) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name))
                .filter(sample -> {
                    for (int i = 0; i < labels.length; i += 2) {
                        if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToDouble(Sample::value).findFirst().orElse(0);
    }

    /** Every value the label takes on samples of this name. */
    List<String> labelValues(String name, String label) {
        return samples.stream().filter(sample -> sample.name().equals(name))
                .map(sample -> sample.labels().get(label)).filter(value -> value != null).distinct().toList();
    }

    String text() {
        return text;
    }

    /** The lines of the samples whose name starts so, to say what was there when a count is not. */
    String linesOf(String prefix) {
        return String.join("\n", text.lines().filter(line -> line.startsWith(prefix)).toList());
    }
}
