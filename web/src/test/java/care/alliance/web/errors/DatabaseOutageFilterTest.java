package care.alliance.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests outside Faces: a database that cannot be reached is a 503, anything else goes on as it was. */
class DatabaseOutageFilterTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private int status;
    private boolean committed;

    @Test
    void aRequestThatFailsForWantOfTheDatabaseIsAnswered503WithRetryAfter() throws Exception {
        new DatabaseOutageFilter().doFilter(request(), response(), failingWith(
                new ServletException(new EJBException(new SQLException("Connection refused", "08001")))));

        assertEquals(503, status);
        assertEquals("10", headers.get("Retry-After"));
        assertEquals(Boolean.TRUE, attributes.get(DatabaseOutage.NOTICED), "the 503 page says why");
    }

    @Test
    void anyOtherFailureGoesOnToTheContainerUntouched() {
        ServletException bug = new ServletException(new IllegalStateException("a bug"));

        ServletException thrown = assertThrows(ServletException.class,
                () -> new DatabaseOutageFilter().doFilter(request(), response(), failingWith(bug)));

        assertSame(bug, thrown);
        assertEquals(0, status);
    }

    @Test
    void anAnswerAlreadyUnderWayIsNotRewritten() {
        committed = true;
        RuntimeException outage = new EJBException(new SQLException("An I/O error occurred", "08006"));

        assertSame(outage, assertThrows(RuntimeException.class,
                () -> new DatabaseOutageFilter().doFilter(request(), response(), failingWith(outage))));
        assertEquals(0, status);
    }

    private static FilterChain failingWith(Exception failure) {
        return (request, response) -> {
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) failure;
        };
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> committed;
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "sendError" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    default -> null;
                });
    }
}
