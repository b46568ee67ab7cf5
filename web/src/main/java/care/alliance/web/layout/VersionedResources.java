package care.alliance.web.layout;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alliance's own stylesheet and scripts are addressed with a fingerprint of their content, so a
 * new release reaches every browser at once while an unchanged file stays in their caches for as
 * long as Faces lets them keep it.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    /** Alliance's own resources live under this folder; PrimeFaces versions its own. */
    static final String OWN_FOLDER = "alliance/";

    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName), resourceName, libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType), resourceName, libraryName);
    }

    private Resource versioned(Resource resource, String resourceName, String libraryName) {
        if (resource == null || libraryName != null || resourceName == null || !resourceName.startsWith(OWN_FOLDER)) {
            return resource;
        }
        String fingerprint = fingerprints.computeIfAbsent(resourceName, name -> fingerprintOf(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "rev=" + fingerprint;
            }
        };
    }

    static String fingerprintOf(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getResourceName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
