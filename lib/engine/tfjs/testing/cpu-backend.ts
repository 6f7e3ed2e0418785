/**
 * Vitest setup (vitest.config.ts): unit tests run TensorFlow.js on its cpu backend in Node. The app
 * imports tfjs-core and chooses its backends in the worker (workers/backend-selection.ts).
 */
import '@tensorflow/tfjs-backend-cpu';
// tf.grads is the reference the explicit backward pass is tested against; the app never calls it.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
