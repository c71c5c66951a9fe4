// Internal registries of key material: a KeyObject's bytes and a CryptoKey's
// slots live here, off the objects themselves, so inspecting a key never
// shows them and util.types can tell real keys from look-alikes.
export const keyObjectBytes = new WeakMap();
export const cryptoKeySlots = new WeakMap();
