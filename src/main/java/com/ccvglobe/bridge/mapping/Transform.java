package com.ccvglobe.bridge.mapping;

/**
 * One step of a field rule's transform chain. Built (and its arguments checked) when the mapping is loaded;
 * at run time it may throw {@link com.ccvglobe.bridge.support.BusinessException} for bad record data.
 */
@FunctionalInterface
public interface Transform {

    /**
     * @param value the value so far (String, BigDecimal, Boolean, a JSON node for objects, or null)
     * @param input the whole source record, the context and the target field
     */
    Object apply(Object value, TransformInput input);
}
