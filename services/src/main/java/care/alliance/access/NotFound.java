package care.alliance.access;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist; pages and the API answer it with 404. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
