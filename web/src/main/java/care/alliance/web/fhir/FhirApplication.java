package care.alliance.web.fhir;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The FHIR R4 endpoint under {@code /fhir}, for a signed-in page session (the portal's download)
 * and for the team. It names its one resource, so no other JAX-RS resource of the WAR is served
 * under {@code /fhir}.
 */
@ApplicationPath("fhir")
public class FhirApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PatientEverything.class);
    }
}
