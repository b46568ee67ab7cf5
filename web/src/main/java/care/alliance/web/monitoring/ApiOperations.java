package care.alliance.web.monitoring;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST API's operations as their templates name them ("GET /api/v1/clients/{clientId}/goals"),
 * read from the application's own resources, so that a timing names the operation and not the
 * address, which carries a client's or a goal's number.
 */
final class ApiOperations {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    private record Operation(String method, Pattern path, String name, int literalLength) {
    }

    private final List<Operation> operations;

    private ApiOperations(List<Operation> operations) {
        this.operations = operations;
    }

    /** Every resource method of the application, the most literal templates first, as JAX-RS matches them. */
    static ApiOperations of(Application application) {
        String root = joined("", application.getClass().getAnnotation(ApplicationPath.class).value());
        List<Operation> operations = new ArrayList<>();
        for (Class<?> resource : application.getClasses()) {
            Path resourcePath = resource.getAnnotation(Path.class);
            if (resourcePath == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                Optional<String> httpMethod = httpMethodOf(method);
                if (httpMethod.isEmpty()) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = joined(joined(root, resourcePath.value()), methodPath == null ? "" : methodPath.value());
                operations.add(new Operation(httpMethod.get(), regexOf(template), httpMethod.get() + " " + template,
                        PARAMETER.matcher(template).replaceAll("").length()));
            }
        }
        operations.sort(Comparator.comparingInt(Operation::literalLength).reversed());
        return new ApiOperations(List.copyOf(operations));
    }

    /** The operation a request reaches, by its method and its path below the context root. */
    Optional<String> operationOf(String method, String path) {
        String asked = "HEAD".equals(method) ? "GET" : method;
        return operations.stream()
                .filter(operation -> operation.method().equals(asked) && operation.path().matcher(path).matches())
                .map(Operation::name)
                .findFirst();
    }

    private static Optional<String> httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return Optional.of(httpMethod.value());
            }
        }
        return Optional.empty();
    }

    private static String joined(String base, String segment) {
        String trimmed = segment.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? base : base + "/" + trimmed;
    }

    private static Pattern regexOf(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int from = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(from, parameter.start()))).append("[^/]+");
            from = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(from))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
