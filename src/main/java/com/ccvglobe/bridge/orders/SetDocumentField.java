package com.ccvglobe.bridge.orders;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * The processor of the {@code set-document-field} building block: evaluates a Simple expression on the message and
 * sets the result as a header field of the Globe document in the body (blank removes the field). One instance per
 * templated route, configured by the template's parameters.
 */
public class SetDocumentField implements Processor {

    private String field;
    private String expression;

    public void setField(String field) {
        this.field = field;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }

    @Override
    public void process(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof OrderDocument document)) {
            throw new BusinessException("order " + exchange.getProperty(MessageProperties.KEY), field,
                    "set-document-field needs the Globe document as the body (after map-order), not "
                            + (body == null ? "nothing" : body.getClass().getSimpleName()));
        }
        Object value = exchange.getContext().resolveLanguage("simple").createExpression(expression)
                .evaluate(exchange, Object.class);
        boolean blank = value == null || value.toString().isBlank();
        exchange.getMessage().setBody(document.withHeaderField(field, blank ? null : value.toString().strip(),
                "route step set-document-field: " + expression));
    }
}
