package care.alliance.fhir;

import java.util.Locale;
import java.util.Optional;

/** The two encodings of FHIR resources Alliance writes: JSON by default, XML on request. */
public enum FhirFormat {
    JSON("application/fhir+json"),
    XML("application/fhir+xml");

    private final String mediaType;

    FhirFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format a request asks for: FHIR's {@code _format} parameter first ("xml", "json" or a
     * media type), then its Accept header; JSON when neither names FHIR XML. A browser's Accept
     * names application/xml for any page, so only FHIR's own XML type asks for XML.
     */
    public static FhirFormat asked(String formatParameter, String accept) {
        Optional<FhirFormat> named = named(formatParameter);
        if (named.isPresent()) {
            return named.get();
        }
        String header = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        boolean xml = header.contains("application/fhir+xml");
        boolean json = header.contains("application/fhir+json");
        return xml && !json ? XML : JSON;
    }

    private static Optional<FhirFormat> named(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        String name = parameter.trim().toLowerCase(Locale.ROOT);
        if (name.equals("xml") || name.endsWith("/xml") || name.endsWith("+xml")) {
            return Optional.of(XML);
        }
        return Optional.of(JSON);
    }
}
