package care.alliance.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request body read strictly: a JSON object of at most {@value #MOST_CHARACTERS} characters with
 * only the fields the operation takes, each of its type; anything else is refused with the field
 * named. Lengths and the rules of the content are the domain's, which names its fields too.
 */
final class ApiBody {

    static final int MOST_CHARACTERS = 64 * 1024;
    private static final int MOST_DIGITS = 12;

    private final JsonObject object;
    /** Where this object is in the body, before its fields' names: "target." for the goal's target. */
    private final String path;

    private ApiBody(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    static ApiBody of(String text, Set<String> fields) {
        if (text == null || text.isBlank()) {
            throw new BadBody(null, "body.empty");
        }
        if (text.length() > MOST_CHARACTERS) {
            throw new BadBody(null, "body.tooLarge", MOST_CHARACTERS);
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new BadBody(null, "body.malformed");
        }
        if (!(value instanceof JsonObject object)) {
            throw new BadBody(null, "body.notAnObject");
        }
        for (String name : object.keySet()) {
            if (!fields.contains(name)) {
                throw new BadBody(name, "field.unknown", name, String.join(", ", fields));
            }
        }
        return new ApiBody(object, "");
    }

    ApiBody object(String name, Set<String> fields) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonObject inner)) {
            throw bad(name, "field.notAnObject");
        }
        for (String key : inner.keySet()) {
            if (!fields.contains(key)) {
                throw new BadBody(path + name + "." + key, "field.unknown", path + name + "." + key,
                        String.join(", ", fields));
            }
        }
        return new ApiBody(inner, path + name + ".");
    }

    String text(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw bad(name, "field.notText");
        }
        return string.getString();
    }

    Integer integer(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                return number.intValueExact();
            }
        } catch (ArithmeticException e) {
            // out of range: said below
        }
        throw bad(name, "field.notInteger");
    }

    BigDecimal decimal(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw bad(name, "field.notNumber");
        }
        BigDecimal decimal = number.bigDecimalValue();
        // No measure of a person has more digits; a longer number is a mistake or an attack on the database.
        if (decimal.precision() - decimal.scale() > MOST_DIGITS || decimal.scale() > 4) {
            throw bad(name, "field.numberTooLarge");
        }
        return decimal;
    }

    LocalDate date(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(name, "field.notADate");
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        return choiceOf(name, text, type);
    }

    <E extends Enum<E>> Set<E> choices(String name, Class<E> type) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw bad(name, "field.notAList");
        }
        Set<E> chosen = EnumSet.noneOf(type);
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString string)) {
                throw bad(name, "field.notOneOf", allowed(type));
            }
            chosen.add(choiceOf(name, string.getString(), type));
        }
        return chosen;
    }

    /**
     * A list of whole numbers, null where an item is left out (the domain says which item is
     * missing); an item of another kind is refused as {@code name[index]}.
     */
    List<Integer> integers(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw bad(name, "field.notAList");
        }
        List<Integer> numbers = new ArrayList<>();
        JsonArray items = value.asJsonArray();
        for (int index = 0; index < items.size(); index++) {
            JsonValue item = items.get(index);
            String itemName = name + "[" + index + "]";
            if (item == JsonValue.NULL) {
                numbers.add(null);
                continue;
            }
            try {
                if (item instanceof JsonNumber number && number.isIntegral()) {
                    numbers.add(number.intValueExact());
                    continue;
                }
            } catch (ArithmeticException e) {
                // out of range: said below
            }
            throw bad(itemName, "field.notInteger");
        }
        return numbers;
    }

    /** A record's number, such as the goal a note is on: a whole number above zero. */
    Long id(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof JsonNumber number && number.isIntegral() && number.longValueExact() > 0) {
                return number.longValueExact();
            }
        } catch (ArithmeticException e) {
            // out of range: said below
        }
        throw bad(name, "field.notAnId");
    }

    <T> T required(String name, T value) {
        if (value == null) {
            throw bad(name, "field.required");
        }
        return value;
    }

    private BadBody bad(String name, String key, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = path + name;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new BadBody(path + name, key, arguments);
    }

    private JsonValue present(String name) {
        JsonValue value = object.get(name);
        return value == null || value == JsonValue.NULL ? null : value;
    }

    private <E extends Enum<E>> E choiceOf(String name, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw bad(name, "field.notOneOf", allowed(type));
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
