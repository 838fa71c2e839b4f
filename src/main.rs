fn main() {
    leerpad::mount();
}
