package care.alliance.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes the API's records as JSON with JSON-B. The API names its providers itself (see
 * {@link ApiApplication#getClasses}), so it does not depend on which JSON providers the server
 * would otherwise discover.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonAnswers implements MessageBodyWriter<Object> {

    private static final class Writer {
        static final Jsonb JSON = JsonbBuilder.create();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        Writer.JSON.toJson(answer, genericType, body);
    }
}
