-- Stock per item and warehouse from the Globe company database (read-only). Portable SQL: SQL Server, PostgreSQL, H2.
--   on hand  = stock transactions (gbkmut, transtype X/N/C/P) posted to the item's stock account (Items.GLAccountDistribution)
--   reserved = open sales order lines of stock items (orkrg.ord_soort 'V', not completed): ordered (esr_aantal) - delivered (aant_gelev)
--   on order = open purchase order lines (ord_soort 'B'): ordered - received
-- Columns the bridge reads: ItemCode, Warehouse, OnHand, Reserved, OnOrder. Replace with globe.sql.stock-query.
SELECT s.ItemCode, s.Warehouse, SUM(s.OnHand) AS OnHand, SUM(s.Reserved) AS Reserved, SUM(s.OnOrder) AS OnOrder
FROM (
    SELECT g.artcode AS ItemCode, g.warehouse AS Warehouse, CAST(g.aantal AS DECIMAL(18,4)) AS OnHand,
           CAST(0 AS DECIMAL(18,4)) AS Reserved, CAST(0 AS DECIMAL(18,4)) AS OnOrder
    FROM gbkmut g
    JOIN Items i ON i.ItemCode = g.artcode
    WHERE g.transtype IN ('X', 'N', 'C', 'P') AND g.reknr = i.GLAccountDistribution
    UNION ALL
    SELECT l.artcode, l.magcode, CAST(0 AS DECIMAL(18,4)),
           CAST(l.esr_aantal - l.aant_gelev AS DECIMAL(18,4)), CAST(0 AS DECIMAL(18,4))
    FROM orsrg l
    JOIN orkrg h ON h.ordernr = l.ordernr
    JOIN Items i ON i.ItemCode = l.artcode AND i.IsStockItem = 1
    WHERE h.ord_soort = 'V' AND h.afgehandld = 0 AND l.esr_aantal > l.aant_gelev
    UNION ALL
    SELECT l.artcode, l.magcode, CAST(0 AS DECIMAL(18,4)), CAST(0 AS DECIMAL(18,4)),
           CAST(l.esr_aantal - l.aant_gelev AS DECIMAL(18,4))
    FROM orsrg l
    JOIN orkrg h ON h.ordernr = l.ordernr
    JOIN Items i ON i.ItemCode = l.artcode AND i.IsStockItem = 1
    WHERE h.ord_soort = 'B' AND h.afgehandld = 0 AND l.esr_aantal > l.aant_gelev
) s
GROUP BY s.ItemCode, s.Warehouse
ORDER BY s.ItemCode, s.Warehouse
