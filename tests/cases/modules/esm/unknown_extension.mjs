import x from './fixtures/unknown.xyz';
