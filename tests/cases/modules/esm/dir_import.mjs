import './fixtures/dir';
