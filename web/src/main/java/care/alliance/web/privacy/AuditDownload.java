package care.alliance.web.privacy;

import care.alliance.access.AccessRefused;
import care.alliance.audit.AuditQuery;
import care.alliance.audit.AuditSearch;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * The CSV export of an audit search, streamed as the service reads it in batches: a plain link on
 * the page, so it needs no script under the Content-Security-Policy, and the browser saves it as
 * a file named with the day. Only the privacy officer reaches it (web.xml) and the service checks
 * again and puts the export on record.
 */
@WebServlet(AuditAddress.PATH)
public class AuditDownload extends HttpServlet {

    /** Marks the file as UTF-8 for spreadsheets that would read it in the machine's own encoding. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Inject
    AuditSearch auditSearch;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQuery query;
        try {
            query = AuditAddress.parse(request.getParameterMap());
        } catch (IllegalArgumentException notASearch) {
            // the page links only searches it has taken; anything else was written by hand
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, notASearch.getMessage());
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"alliance-audit-" + LocalDate.now()
                + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        try {
            Writer out = response.getWriter();
            out.write(BYTE_ORDER_MARK);
            auditSearch.export(query, out);
        } catch (AccessRefused refused) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN, refused.getMessage());
            }
        }
    }
}
