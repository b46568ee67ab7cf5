package care.alliance.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The person for whom background work runs, such as an import of the clinic's CSV files: such
 * work has no request and no sign-in of its own, so the caller the request that started it had,
 * after the policy allowed it, is handed on here. An asynchronous business method has a request
 * context of its own, so what is set here ends with that work.
 */
@RequestScoped
public class CallerOfBackgroundWork {

    private Caller caller;

    public void actFor(Caller caller) {
        this.caller = caller;
    }

    Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }
}
