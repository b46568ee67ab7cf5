package care.alliance.it;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One form of a page as a browser would send it: the values it shows, with the ones a test
 * changes, to the address in its action, with the button that was pressed. Fields are named by
 * their id within the form ({@code rating} for {@code check-in:rating}).
 */
final class PageForm {

    private final String formId;
    private final String action;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    private PageForm(String formId, String action) {
        this.formId = formId;
        this.action = action;
    }

    /** The form with the given id on the page, as the page was answered. */
    static PageForm on(HttpResponse<String> page, String formId) {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = document.getElementById(formId);
        if (form == null || !form.tagName().equals("form")) {
            throw new AssertionError("No form '" + formId + "' on " + page.uri() + " (" + page.statusCode() + ")");
        }
        PageForm sent = new PageForm(formId, form.absUrl("action"));
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (type.equals("submit") || type.equals("button")
                    || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            if (field.tagName().equals("select")) {
                Element chosen = field.selectFirst("option[selected]");
                chosen = chosen == null ? field.selectFirst("option") : chosen;
                if (chosen != null) {
                    sent.fields.add(Map.entry(field.attr("name"), chosen.attr("value")));
                }
            } else {
                sent.fields.add(Map.entry(field.attr("name"), field.tagName().equals("textarea") ? field.text() : field.val()));
            }
        }
        return sent;
    }

    /** Sets the field to the value, as if typed or chosen; a field the page did not show is added. */
    PageForm set(String field, String value) {
        String name = formId + ":" + field;
        fields.removeIf(entry -> entry.getKey().equals(name));
        fields.add(Map.entry(name, value));
        return this;
    }

    /** Sets a field by its full name, such as Faces' own {@code jakarta.faces.ViewState}. */
    PageForm setNamed(String name, String value) {
        fields.removeIf(entry -> entry.getKey().equals(name));
        if (value != null) {
            fields.add(Map.entry(name, value));
        }
        return this;
    }

    String value(String name) {
        return fields.stream().filter(entry -> entry.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    /** Sends the form from the page, pressing the button with the given id within the form. */
    HttpResponse<String> submit(WebSession session, String button) {
        return session.postFromPage(action, body(button));
    }

    String body(String button) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry(formId + ":" + button, "pressed"));
        return all.stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    String action() {
        return action;
    }

    /** What the page says beside a field of this form, or "" when it says nothing. */
    static String messageBeside(HttpResponse<String> page, String formId, String field) {
        Element message = Jsoup.parse(page.body()).getElementById(formId + ":" + field + "-message");
        return message == null ? "" : message.text();
    }

    /** The messages at the top of the page. */
    static String pageMessages(HttpResponse<String> page) {
        Element messages = Jsoup.parse(page.body()).getElementById("messages");
        return messages == null ? "" : messages.text();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
