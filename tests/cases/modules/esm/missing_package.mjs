import 'nopkg/sub';
