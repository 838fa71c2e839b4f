fn main() {
    // Instantiating the wasm and building the first page run as two tasks, so that the browser
    // can paint and take input in between (Lighthouse counts every task over 50 ms as blocking).
    leptos::prelude::set_timeout(leerpad::mount, std::time::Duration::ZERO);
}
