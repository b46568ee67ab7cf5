package care.alliance.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR's R4 context, made once for the application: building it scans every resource
 * class and takes seconds, while its parsers are cheap and made per use (they are not thread-safe).
 */
@ApplicationScoped
public class FhirR4 {

    private final FhirContext context = FhirContext.forR4();

    public FhirContext context() {
        return context;
    }

    /** The resource as FHIR JSON or XML, indented for a person who opens the download. */
    public String encode(IBaseResource resource, FhirFormat format) {
        IParser parser = format == FhirFormat.XML ? context.newXmlParser() : context.newJsonParser();
        return parser.setPrettyPrint(true).encodeResourceToString(resource);
    }
}
