package care.alliance.web.api;

import care.alliance.audit.PageViewTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every service a GET calls joins one transaction, as a page view's do ({@link PageViewTransaction}):
 * the client's team and consent are read once and the request's audit events are written as one
 * batch. It ends when the answer is known, before its body is written, so no connection is held
 * while the JSON goes out; an answer of 400 or more rolls it back and keeps its audit events.
 * Changes keep the transactions of their services, whose commit decides the answer.
 */
@Provider
public class OneTransactionPerRead implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String OPEN = OneTransactionPerRead.class.getName();

    @Inject
    PageViewTransaction transactions;

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod())) {
            request.setProperty(OPEN, transactions.begin());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(OPEN) instanceof PageViewTransaction.Open open) {
            request.removeProperty(OPEN);
            open.end(response.getStatus() >= 400);
        }
    }
}
