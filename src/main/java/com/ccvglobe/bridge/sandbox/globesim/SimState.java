package com.ccvglobe.bridge.sandbox.globesim;

/** Everything one simulated Globe company holds: entities, staged lines, stock tables, settings, faults, call log. */
final class SimState implements AutoCloseable {

    final EntitySchema schema = EntitySchema.load();
    final EntityStore store = new EntityStore();
    final StockTables stock = new StockTables();
    final SimSettings settings = new SimSettings();
    final Faults faults = new Faults();
    final CallLog calls = new CallLog();
    final ItemImages images = new ItemImages();
    final Documents documents = new Documents(store, stock, settings);
    final EntityService service = new EntityService(schema, store, documents, stock, settings);
    final OrderLifecycle lifecycle = new OrderLifecycle(store, stock);

    /** Back to the demo administration: all data, settings, faults and the call log. */
    synchronized void reset() {
        store.clear();
        stock.clear();
        documents.clear();
        settings.reset();
        faults.clear();
        calls.clear();
        images.clear();
        new DemoData(service, schema, stock).seed();
    }

    @Override
    public void close() {
        stock.close();
    }
}
