package care.alliance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.web.forms.PendingMessages;
import care.alliance.web.layout.ReaderLanguage;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On a cluster the web session travels between nodes (web.xml is {@code <distributable/>}), so
 * every session- and view-scoped bean, and everything it keeps, must serialize: a field of a type
 * that does not would lose the person's page, or their session, at the next node. Checked by the
 * declared types, down through Alliance's own classes; injected services travel as the container's
 * proxies and are fine when they are normal-scoped beans or EJBs, but never as transient fields,
 * which the container does not inject again on the node that reads the session.
 */
class ReplicatedSessionStateTest {

    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Set.class, Map.class, Collection.class);

    @Test
    void everySessionAndViewScopedBeanKeepsOnlyWhatSerializes() throws IOException, URISyntaxException {
        List<Class<?>> beans = sessionAndViewScopedBeans();
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, new HashSet<>());
        }

        assertTrue(beans.size() > 20, "the scan found the beans: " + beans);
        assertTrue(beans.containsAll(List.of(ReaderLanguage.class, PendingMessages.class)),
                "the session's own beans too: " + beans);
        assertEquals(List.of(), problems);
    }

    private static void checkFields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        // up to the first framework superclass (PrimeFaces' LazyDataModel serializes its own)
        for (Class<?> c = type; c != null && c.getName().startsWith("care.alliance."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                String at = path + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class) && Modifier.isTransient(modifiers)) {
                    // the container injects once: on the next node the field would be null
                    problems.add(at + ": injected but transient");
                    continue;
                }
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                if (field.isAnnotationPresent(Inject.class)) {
                    checkInjected(field.getType(), at, problems);
                } else {
                    checkType(field.getGenericType(), at, problems, seen);
                }
            }
        }
    }

    /** A proxy of a normal-scoped bean or an EJB reference serializes; a dependent instance is kept whole. */
    private static void checkInjected(Class<?> type, String at, List<String> problems) {
        boolean proxied = Stream.of(RequestScoped.class, ApplicationScoped.class, SessionScoped.class,
                Stateless.class, Singleton.class).anyMatch(type::isAnnotationPresent);
        if (!proxied && !Serializable.class.isAssignableFrom(type) && !type.getName().startsWith("jakarta.")) {
            problems.add(at + ": injects " + type.getName() + ", neither a proxied bean nor Serializable");
        }
    }

    private static void checkType(Type type, String at, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), at, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, at + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, at, problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), at + "[]", problems, seen);
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    checkType(bound, at, problems, seen);
                }
            }
        } else if (type instanceof Class<?> c) {
            checkClass(c, at, problems, seen);
        }
    }

    private static void checkClass(Class<?> c, String at, List<String> problems, Set<Type> seen) {
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            checkType(c.getComponentType(), at + "[]", problems, seen);
            return;
        }
        if (CONTAINERS.contains(c)) {
            return; // the elements are checked by their type arguments; List.of, ArrayList and the like serialize
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(at + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.getName().startsWith("care.alliance.")) {
            checkFields(c, at, problems, seen);
        }
    }

    private static List<Class<?>> sessionAndViewScopedBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(ReplicatedSessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, ReplicatedSessionStateTest.class.getClassLoader());
                    if (c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)) {
                        beans.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("Could not load " + name, e);
                }
            }
        }
        return beans;
    }
}
