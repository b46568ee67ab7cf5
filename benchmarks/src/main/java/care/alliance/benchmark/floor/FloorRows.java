package care.alliance.benchmark.floor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/** The floor page's rows: made in memory, no database, no service, no policy. */
@Named
@RequestScoped
public class FloorRows {

    private static final int MOST = 5000;

    private int count = 10;
    private String note;

    public List<Row> getRows() {
        return IntStream.rangeClosed(1, count).mapToObj(Row::new).toList();
    }

    /** A postback that changes nothing and goes back to the page, as Alliance's saved forms do. */
    public String save() {
        return "/rows?faces-redirect=true&includeViewParams=true";
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = Math.max(0, Math.min(MOST, count));
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public record Row(int number) {

        public String getName() {
            return "Client number " + number;
        }

        public String getStatus() {
            return number % 3 == 0 ? "Agreed" : "Waiting for the client";
        }

        public int getNumber() {
            return number;
        }
    }
}
