fn main() {
    // Instantiating the wasm, building the shell and building the first page run as three
    // tasks (see `leerpad::mount` and `ui::App`), so that the browser can paint and take input
    // in between (Lighthouse counts every task over 50 ms as blocking).
    leptos::prelude::set_timeout(leerpad::mount, std::time::Duration::ZERO);
}
