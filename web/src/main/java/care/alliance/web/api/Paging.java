package care.alliance.web.api;

import jakarta.ws.rs.core.Link;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The query parameters of a paged list read strictly (a wrong one is refused by name), and the
 * links to its other pages, in the body and in a Link header, as the caseload and the registry give them.
 */
final class Paging {

    private Paging() {
    }

    /** A whole number from {@code least} to {@code most}; {@code otherwise} when not given. */
    static int number(String name, String given, int otherwise, int least, int most) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(given.trim());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadBody(name, "query.outOfRange", name, least, most);
    }

    /** One of the choices by its name; {@code otherwise} when not given. */
    static <E extends Enum<E>> E choice(String name, String given, Class<E> type, E otherwise) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, given.trim());
        } catch (IllegalArgumentException e) {
            throw new BadBody(name, "field.notOneOf", name, Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** true or false; {@code false} when not given. */
    static boolean yesOrNo(String name, String given) {
        if (given == null || given.isBlank()) {
            return false;
        }
        return switch (given.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadBody(name, "field.notOneOf", name, "true, false");
        };
    }

    /** The links of page {@code page} of {@code last}, each made by {@code pageLink} from a page number. */
    static PlanJson.Links links(IntFunction<String> pageLink, int page, int last) {
        return new PlanJson.Links(pageLink.apply(page), pageLink.apply(1),
                page > 1 ? pageLink.apply(Math.min(page - 1, last)) : null,
                page < last ? pageLink.apply(page + 1) : null,
                pageLink.apply(last));
    }

    /** The same links for the Link header (RFC 8288). */
    static Link[] header(PlanJson.Links links) {
        List<Link> header = new ArrayList<>();
        header.add(Link.fromUri(links.first()).rel("first").build());
        header.add(Link.fromUri(links.last()).rel("last").build());
        if (links.prev() != null) {
            header.add(Link.fromUri(links.prev()).rel("prev").build());
        }
        if (links.next() != null) {
            header.add(Link.fromUri(links.next()).rel("next").build());
        }
        return header.toArray(Link[]::new);
    }
}
