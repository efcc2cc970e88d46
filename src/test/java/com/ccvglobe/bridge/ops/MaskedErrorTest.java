package com.ccvglobe.bridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.support.BusinessException;

class MaskedErrorTest {

    private final MaskedError masked = new MaskedError();

    @Test
    void aVendorMessageEchoingAShoppersEmailAndPhoneIsMasked() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new BusinessException("order 12", "email",
                "CCV refused: customer jan.jansen@example.nl (0612345678) is blocked"));

        assertThat(masked.message(exchange)).contains("j***@e***.nl").contains("***78")
                .doesNotContain("jan.jansen@example.nl", "0612345678");
    }

    @Test
    void withoutAFailureItSaysSo() {
        assertThat(masked.message(new DefaultExchange(new DefaultCamelContext()))).isEqualTo("unknown failure");
    }
}
