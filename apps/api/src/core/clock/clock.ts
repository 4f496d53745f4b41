import { Injectable } from '@nestjs/common';

/** The one place the API reads the time, so tests can hold it still and the domain never reads it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
