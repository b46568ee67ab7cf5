package care.alliance.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** One form of a page as a browser sends it back: its values (the view state among them), a few changed. */
final class Form {

    private final String id;
    private final String action;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    private Form(String id, String action) {
        this.id = id;
        this.action = action;
    }

    static Form on(HttpResponse<String> page, String id) {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element element = document.getElementById(id);
        if (element == null || !element.tagName().equals("form")) {
            throw new IllegalStateException("No form '" + id + "' on " + page.uri() + " (" + page.statusCode() + ")");
        }
        Form form = new Form(id, element.absUrl("action"));
        for (Element field : element.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (type.equals("submit") || type.equals("button")
                    || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            if (field.tagName().equals("select")) {
                Element chosen = field.selectFirst("option[selected]");
                chosen = chosen == null ? field.selectFirst("option") : chosen;
                if (chosen != null) {
                    form.fields.add(Map.entry(field.attr("name"), chosen.attr("value")));
                }
            } else {
                form.fields.add(Map.entry(field.attr("name"), field.tagName().equals("textarea") ? field.text() : field.val()));
            }
        }
        return form;
    }

    /** The field, named by its id within the form, as if typed. */
    Form set(String field, String value) {
        String name = id + ":" + field;
        fields.removeIf(entry -> entry.getKey().equals(name));
        fields.add(Map.entry(name, value));
        return this;
    }

    /** Sends the form from its page, pressing the button with this id. */
    HttpResponse<String> submit(Session session, String button) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry(id + ":" + button, "pressed"));
        return session.post(action, all.stream()
                .map(entry -> Session.encode(entry.getKey()) + "=" + Session.encode(entry.getValue()))
                .collect(Collectors.joining("&")), true);
    }
}
