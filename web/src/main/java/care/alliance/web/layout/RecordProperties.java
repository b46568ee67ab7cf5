package care.alliance.web.layout;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Lets pages read the components of Java records ({@code #{team.clientName}}), which Jakarta EL 5
 * does not see as properties. Services hand pages immutable records; they are read-only here too.
 */
public class RecordProperties extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent component = componentOf(base, property);
        if (component == null) {
            return null;
        }
        try {
            Object value = component.getAccessor().invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException("Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordComponent component = componentOf(base, property);
        if (component == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (componentOf(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (componentOf(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static RecordComponent componentOf(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        String name = property.toString();
        return Arrays.stream(base.getClass().getRecordComponents())
                .filter(component -> component.getName().equals(name))
                .findFirst()
                .orElse(null);
    }
}
