package com.ccvglobe.bridge.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.exactglobe.StockLevel;
import com.ccvglobe.bridge.mapping.StockSettings;
import com.ccvglobe.bridge.mapping.StockSettings.Calculation;

/** The calculation types, warehouse summing and negative stock, on stock rows as the reader hands them over. */
class StockCalculationTest {

    private static final List<StockLevel> ROWS = List.of(
            new StockLevel("ART-1", "1", new BigDecimal("10"), new BigDecimal("4"), new BigDecimal("20")),
            new StockLevel("ART-1", "2", new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("0")),
            new StockLevel("ART-1", "9", new BigDecimal("100"), new BigDecimal("0"), new BigDecimal("0")));

    private static StockSettings settings(Calculation calculation, List<String> warehouses, boolean negativeAsZero) {
        return new StockSettings(calculation, warehouses, negativeAsZero, BigDecimal.ZERO, Map.of(), true);
    }

    @Test
    void freeIsOnHandMinusReservedOverTheMappedWarehouses() {
        assertThat(StockCalculation.quantity(ROWS, settings(Calculation.FREE, List.of("1", "2"), true), null)).isEqualByComparingTo("8");
        assertThat(StockCalculation.quantity(ROWS, settings(Calculation.FREE, List.of("1"), true), null)).isEqualByComparingTo("6");
    }

    @Test
    void onHandIgnoresReservations() {
        assertThat(StockCalculation.quantity(ROWS, settings(Calculation.ON_HAND, List.of("1", "2"), true), null)).isEqualByComparingTo("13");
    }

    @Test
    void plannedAddsWhatIsOnOrder() {
        assertThat(StockCalculation.quantity(ROWS, settings(Calculation.PLANNED, List.of("1", "2"), true), null)).isEqualByComparingTo("28");
    }

    @Test
    void negativeStockIsSentAsZeroOnlyWhenTheMappingSaysSo() {
        List<StockLevel> oversold = List.of(new StockLevel("ART-2", "1", new BigDecimal("2"), new BigDecimal("5"), BigDecimal.ZERO));
        assertThat(StockCalculation.quantity(oversold, settings(Calculation.FREE, List.of("1"), true), null)).isEqualByComparingTo("0");
        assertThat(StockCalculation.quantity(oversold, settings(Calculation.FREE, List.of("1"), false), null)).isEqualByComparingTo("-3");
    }

    @Test
    void safetyBufferIsHeldBack() {
        StockSettings buffered = new StockSettings(Calculation.FREE, List.of("1", "2"), true, new BigDecimal("2"), Map.of(), true);
        assertThat(StockCalculation.quantity(ROWS, buffered, null)).isEqualByComparingTo("6");
        StockSettings perAssortment = new StockSettings(Calculation.FREE, List.of("1", "2"), true, new BigDecimal("2"),
                Map.of("3", new BigDecimal("5")), true);
        assertThat(StockCalculation.quantity(ROWS, perAssortment, "3")).isEqualByComparingTo("3");
        assertThat(StockCalculation.quantity(ROWS, perAssortment, "1")).isEqualByComparingTo("6");
    }

    @Test
    void quantitiesHaveNoTrailingZeros() {
        List<StockLevel> decimals = List.of(new StockLevel("ART-3", "1", new BigDecimal("7.5000"), new BigDecimal("0.5000"), BigDecimal.ZERO));
        assertThat(StockCalculation.quantity(decimals, settings(Calculation.FREE, List.of("1"), true), null).toPlainString()).isEqualTo("7");
    }
}
